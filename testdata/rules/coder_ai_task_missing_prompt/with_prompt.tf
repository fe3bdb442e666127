# Task-capable: the parameter is there (in any module).
resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "claude" {
  agent_id = coder_agent.main.id
  slug     = "claude"
  url      = "http://localhost:3284"
}

data "coder_parameter" "ai_prompt" {
  name = "AI Prompt"
}

resource "coder_ai_task" "task" {
  sidebar_app {
    id = coder_app.claude.id
  }
}

# A template without coder_ai_task needs no prompt parameter.
