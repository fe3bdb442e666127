# a range
module "vpc" {
  source = "acme/vpc/aws"
	version = "~> 2"
}
