variable "agent_id" {
  type = string
}

resource "coder_app" "agentapi_web" {
  agent_id = var.agent_id
  slug     = "ccw"
  url      = "http://localhost:3284"
}

output "task_app_id" {
  value = coder_app.agentapi_web.id
}
