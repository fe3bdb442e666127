# git::https without ref
module "network" {
  source = "git::https://example.org/network.git"
}
