variable "token" {
  type      = string
  sensitive = true
}

variable "name" {
  type = string
}

locals {
  header = "Bearer ${var.token}"
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

data "coder_workspace_owner" "me" {}

output "direct" {
  # expect: sensitive_output_not_marked @11-20 "output \"direct\" is not marked sensitive but its value derives from the sensitive value var.token: Terraform fails with \"Output refers to sensitive values\"; add sensitive = true"
  value = var.token
}

output "derived" {
  # Through a local value and a string template.
  # expect: sensitive_output_not_marked @11-30 "output \"derived\" is not marked sensitive but its value derives from the sensitive value var.token"
  value = upper(local.header)
}

output "agent_token" {
  # expect: sensitive_output_not_marked @11-33 "derives from the sensitive value coder_agent.main.token"
  value = coder_agent.main.token
}

output "several" {
  # expect: sensitive_output_not_marked @11-77 "derives from the sensitive values data.coder_workspace_owner.me.session_token, var.token"
  value = { a = var.token, b = data.coder_workspace_owner.me.session_token }
}

# Accepted: marked sensitive, not sensitive, nonsensitive() on purpose.
output "marked" {
  value     = var.token
  sensitive = true
}

output "plain" {
  value = var.name
}

output "length" {
  value = nonsensitive(length(var.token))
}
