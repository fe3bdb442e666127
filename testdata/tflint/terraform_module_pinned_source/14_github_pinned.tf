# a GitHub shorthand pinned to a commit
module "network" {
  source = "github.com/example/network.git?ref=4f2a9c1"
}
