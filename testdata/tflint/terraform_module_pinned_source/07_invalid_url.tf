# a git:// URL without a host
module "network" {
  source = "git://#{}.org"
}
