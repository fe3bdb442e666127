# a git:// URL pinned to a default branch
module "network" {
  source = "git://example.org/network.git?ref=main"
}
