# a source given by a variable with a default
variable "network_source" {
  default = "git://example.org/network.git"
}

module "network" {
  source = var.network_source
}
