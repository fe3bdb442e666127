# git::ssh without ref
module "network" {
  source = "git::ssh://git@example.org/team/network.git"
}
