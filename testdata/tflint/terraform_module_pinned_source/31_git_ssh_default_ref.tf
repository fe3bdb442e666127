# git::ssh pinned to a default branch
module "network" {
  source = "git::ssh://git@example.org/team/network.git?ref=master"
}
