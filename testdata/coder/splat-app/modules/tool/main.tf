variable "agent_id" {
  type = string
}

resource "coder_app" "tool" {
  agent_id = var.agent_id
  slug     = "tool"
  command  = "tool"
}

output "app_id" {
  value = coder_app.tool.id
}
