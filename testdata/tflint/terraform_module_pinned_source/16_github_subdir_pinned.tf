# a subdirectory of a GitHub shorthand with ref
module "network" {
  source = "github.com/example/network.git/vpc?ref=v2.0.1"
}
