variable "token" {
  type      = string
  sensitive = true
}

output "token" {
  description = "The token"
  value       = var.token

  sensitive = true
}

output "header" {
  value = "Bearer ${var.token}"
  # a comment before the brace stays where it is

  sensitive = true
}

output "marked_false" {
  value     = var.token
  sensitive = true
}

output "inline" { value = var.token }
