# a Bitbucket shorthand without ref
module "network" {
  source = "bitbucket.org/example/network"
}
