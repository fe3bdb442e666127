# a local read by a module call
locals { read = "x" }
module "app" {
  source = "./app"
  owner = local.read
}
