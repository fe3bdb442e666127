# The sidebar app is chosen by a conditional: the first branch that leads to a coder_app wins.
variable "use_web" {
  type    = bool
  default = false
}

data "coder_parameter" "prompt" {
  name = "AI Prompt"
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "web" {
  agent_id     = coder_agent.main.id
  slug         = "web"
  display_name = "Web"
  url          = "http://localhost:8080"
}

resource "coder_app" "cli" {
  agent_id = coder_agent.main.id
  slug     = "cli"
  command  = "tool --interactive"
}

resource "coder_ai_task" "task" {
  sidebar_app {
    id = var.use_web ? coder_app.web.id : coder_app.cli.id
  }
}
