# a GitHub shorthand pinned to a default branch
module "network" {
  source = "github.com/example/network.git?ref=develop"
}
