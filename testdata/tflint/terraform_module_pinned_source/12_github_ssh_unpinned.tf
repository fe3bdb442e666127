# a GitHub SSH address without ref
module "network" {
  source = "git@github.com:example/network.git"
}
