# a GitHub SSH address with ref
module "network" {
  source = "git@github.com:example/network.git?ref=v2.0.1"
}
