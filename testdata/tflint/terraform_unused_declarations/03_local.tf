# an unused local value
locals {
  unread = ""
  read = ""
}
output "out" { value = local.read }
