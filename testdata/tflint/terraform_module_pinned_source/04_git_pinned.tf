# a git:// URL pinned to a tag
module "network" {
  source = "git://example.org/network.git?ref=v2.0.1"
}
