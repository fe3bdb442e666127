# source and version from variables with defaults
variable "vpc_source" {
  default = "acme/vpc/aws"
}
variable "vpc_version" {
  default = "2.3.4"
}

module "vpc" {
  source  = var.vpc_source
  version = var.vpc_version
}
