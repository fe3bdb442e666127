variable "name" {
  type = string
}

# expect: unused_variable "variable \"port\""
variable "port" {
  type = number
}

output "slug" {
  value = var.name
}
