# a git:// URL without ref (tflint: with an empty rule block)
module "network" {
  source = "git://example.org/network.git"
}
