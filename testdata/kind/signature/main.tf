terraform {
  required_providers {
    coder = {
      source = "coder/coder"
    }
  }
}

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
