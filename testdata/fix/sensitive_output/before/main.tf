variable "token" {
  type      = string
  sensitive = true
}

output "token" {
  description = "The token"
  value       = var.token
}

output "header" {
  value = "Bearer ${var.token}"
  # a comment before the brace stays where it is
}

output "marked_false" {
  value     = var.token
  sensitive = false
}

output "inline" { value = var.token }
