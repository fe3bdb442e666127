variable "agent_id" {
  type = string
}

variable "token" {
  type      = string
  sensitive = true
}

resource "coder_env" "token" {
  agent_id = var.agent_id
  name     = "TOKEN"
  value    = var.token
}

output "env_name" {
  value = coder_env.token.name
}
