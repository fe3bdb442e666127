# an unused variable
variable "unread" {}
variable "read" {}
output "out" { value = var.read }
