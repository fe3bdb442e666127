# variable "agent_id" alone does not make a module: a folder that declares a coder_agent is a template.
variable "agent_id" {
  type    = string
  default = ""
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "web" {
  agent_id = coder_agent.main.id
  slug     = "agentapi"
  url      = "http://localhost:3284"
}

# expect: coder_ai_task_missing_prompt "coder_ai_task.task makes this a Task template"
resource "coder_ai_task" "task" {
  sidebar_app {
    id = coder_app.web.id
  }
}
