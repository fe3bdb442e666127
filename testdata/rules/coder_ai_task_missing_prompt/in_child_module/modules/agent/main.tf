variable "agent_id" {
  type = string
}

resource "coder_app" "web" {
  agent_id = var.agent_id
  slug     = "web"
  url      = "http://localhost:3284"
}

# expect: coder_ai_task_missing_prompt "module.agent.coder_ai_task.task makes this a Task template"
resource "coder_ai_task" "task" {
  sidebar_app {
    id = coder_app.web.id
  }
}
