# a Bitbucket shorthand pinned to a default branch
module "network" {
  source = "bitbucket.org/example/network.git?ref=master"
}
