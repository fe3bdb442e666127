# a local module
module "network" {
  source = "./network"
}
