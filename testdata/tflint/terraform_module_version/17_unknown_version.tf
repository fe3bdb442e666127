# a version variable without default
variable "vpc_version" {}

module "vpc" {
  source  = "acme/vpc/aws"
  version = var.vpc_version
}
