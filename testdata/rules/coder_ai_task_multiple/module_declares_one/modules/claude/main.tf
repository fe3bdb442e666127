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

# expect: coder_ai_task_multiple "module.claude.coder_ai_task.legacy is another coder_ai_task besides coder_ai_task.task"
resource "coder_ai_task" "legacy" {
  sidebar_app {
    id = coder_app.agentapi_web.id
  }
}
