# several constraints
module "vpc" {
  source = "acme/vpc/aws"
	version = "2, 3, 4"
}
