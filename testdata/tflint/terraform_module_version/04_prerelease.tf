# a prerelease
module "vpc" {
  source = "acme/vpc/aws"
	version = "3.0.0-beta"
}
