# the same case a second time in tflint's list
variable "read" {}
module "app" {
  source = "./app"
  owner = var.read
}
