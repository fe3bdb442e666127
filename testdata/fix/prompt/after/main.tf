terraform {
  required_providers {
    coder = {
      source  = "coder/coder"
      version = ">= 2.7.0"
    }
  }
}

data "coder_parameter" "ai_prompt" {
  name    = "AI Prompt"
  type    = "string"
  default = ""
  mutable = true
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "claude" {
  agent_id = coder_agent.main.id
  slug     = "claude"
  url      = "http://localhost:3284"
}

resource "coder_ai_task" "task" {
  app_id = coder_app.claude.id
}
