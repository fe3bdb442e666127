# coder_ai_task exists only when the workspace runs as a Task: no planned instance at import (2.34+).
data "coder_task" "me" {}

data "coder_workspace" "me" {}

data "coder_parameter" "prompt" {
  name = "AI Prompt"
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "agent" {
  agent_id = coder_agent.main.id
  slug     = "agent"
  url      = "http://localhost:3284"
}

resource "coder_ai_task" "task" {
  count  = data.coder_task.me.enabled ? data.coder_workspace.me.start_count : 0
  app_id = coder_app.agent.id
}
