# git::https pinned to a default branch
module "network" {
  source = "git::https://example.org/network.git?ref=main"
}
