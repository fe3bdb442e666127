variable "token" {
  type      = string
  sensitive = true
}

output "token" {
  value = "${var.token}"
}
