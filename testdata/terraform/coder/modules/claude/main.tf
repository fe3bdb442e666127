variable "agent_id" {
  type = string
}

variable "api_key" {
  type      = string
  sensitive = true
}

resource "coder_env" "key" {
  agent_id = var.agent_id
  name     = "CLAUDE_API_KEY"
  value    = var.api_key
}

resource "coder_app" "web" {
  agent_id = var.agent_id
  slug     = "claude"
}

output "task_app_id" {
  value = coder_app.web.id
}
