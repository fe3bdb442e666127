module "box" {
  source = "./modules/box"
  count  = 2
}

module "single" {
  source = "./modules/box"
}
