# a git:// URL without ref
module "network" {
  source = "git://example.org/network.git"
}
