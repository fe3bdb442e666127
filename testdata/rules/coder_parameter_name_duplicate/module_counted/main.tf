# A module with a parameter, called for two instances: the parameter is declared twice.
module "region" {
  for_each = toset(["a", "b"])
  source   = "./modules/region"
}
