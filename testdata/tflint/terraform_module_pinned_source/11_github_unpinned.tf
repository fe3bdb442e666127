# a GitHub shorthand without ref
module "network" {
  source = "github.com/example/network"
}
