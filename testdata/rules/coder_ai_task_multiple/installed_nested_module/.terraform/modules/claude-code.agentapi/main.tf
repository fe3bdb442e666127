variable "agent_id" {
  type = string
}

resource "coder_app" "agentapi_web" {
  agent_id = var.agent_id
  slug     = "ccw"
  url      = "http://localhost:3284"
}

resource "coder_ai_task" "agentapi" {
  sidebar_app {
    id = coder_app.agentapi_web.id
  }
}

output "task_app_id" {
  value = coder_app.agentapi_web.id
}
