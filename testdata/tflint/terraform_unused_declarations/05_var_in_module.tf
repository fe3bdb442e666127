# a variable read by a module call
variable "read" {}
module "app" {
  source = "./app"
  owner = var.read
}
