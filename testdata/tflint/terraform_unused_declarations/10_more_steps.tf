# references with further steps
variable "settings" {
  type = object({ zone = string })
}
output "zone" {
  value = var.settings.zone
}
data "terraform_remote_state" "net" {}
output "vpc" {
  value = data.terraform_remote_state.net.outputs.vpc
}
