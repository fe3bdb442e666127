# a subdirectory of a git:// URL with ref
module "network" {
  source = "git://example.org/network.git/vpc?ref=v2.0.1"
}
