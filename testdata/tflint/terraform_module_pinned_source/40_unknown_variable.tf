# a source given by a variable without a default
variable "network_source" {}

module "network" {
  source = var.network_source
}
