# a registry on another host
module "vpc" {
  source = "registry.example.org/acme/vpc/aws"
	version = "2.3.4"
}
