# a submodule of a registry module
module "vpc" {
  source = "acme/vpc/aws//modules/subnets"
	version = "2.3.4"
}
