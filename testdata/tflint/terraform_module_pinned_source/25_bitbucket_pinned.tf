# a Bitbucket shorthand pinned to a tag
module "network" {
  source = "bitbucket.org/example/network.git?ref=v2.0.1"
}
