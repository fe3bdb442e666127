# A module (it takes the agent's id and declares no coder_agent): the template that calls it
# supplies the "AI Prompt" parameter, so nothing is reported here.
variable "agent_id" {
  type = string
}

resource "coder_app" "web" {
  agent_id = var.agent_id
  slug     = "agentapi"
  url      = "http://localhost:3284"
}

resource "coder_ai_task" "task" {
  sidebar_app {
    id = coder_app.web.id
  }
}
