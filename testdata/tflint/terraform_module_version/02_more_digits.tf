# an exact version with more digits
module "vpc" {
  source = "acme/vpc/aws"
	version = "12.0.0"
}
