# a version variable whose default is null
variable "vpc_source" {
  default = "acme/vpc/aws"
}
variable "vpc_version" {
  default = null
}

module "vpc" {
  source  = var.vpc_source
  version = var.vpc_version
}
