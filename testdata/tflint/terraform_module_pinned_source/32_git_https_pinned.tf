# git::https pinned to a tag
module "network" {
  source = "git::https://example.org/network.git?ref=v2.0.1"
}
