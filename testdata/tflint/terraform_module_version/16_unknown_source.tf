# a source variable without default
variable "vpc_source" {}

module "vpc" {
  source  = var.vpc_source
}
