# an exact version with =
module "vpc" {
  source = "acme/vpc/aws"
	version = "= 2.3.4"
}
