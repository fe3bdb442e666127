
module "m" {
  source = "./local"
}
