# The name of a parameter is not known statically: it may be "AI Prompt", so nothing is reported.
variable "prompt_name" {
  type = string
}

data "coder_parameter" "prompt" {
  name = var.prompt_name
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "web" {
  agent_id = coder_agent.main.id
  slug     = "web"
  url      = "http://localhost:3284"
}

resource "coder_ai_task" "task" {
  sidebar_app {
    id = coder_app.web.id
  }
}
