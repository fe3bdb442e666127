# git::ssh pinned to a tag
module "network" {
  source = "git::ssh://git@example.org/team/network.git?ref=v2.0.1"
}
