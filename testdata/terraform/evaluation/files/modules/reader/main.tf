variable "path" {
  type = string
}

output "text" {
  value = file(var.path)
}
