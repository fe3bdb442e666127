variable "api_key" {
  type      = string
  sensitive = true
  default   = ""
}

output "secret" {
  value     = var.api_key
  sensitive = true
}

output "plain" {
  value = "not secret"
}

output "leak" {
  # expect: sensitive_output_not_marked @11-31 "output \"leak\" is not marked sensitive but its value derives from the sensitive value module.creds.var.api_key"
  value = "key=${var.api_key}"
}
