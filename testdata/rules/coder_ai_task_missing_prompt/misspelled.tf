resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "claude" {
  agent_id = coder_agent.main.id
  slug     = "claude"
  url      = "http://localhost:3284"
}

data "coder_parameter" "prompt" {
  name = "AI prompt"
}

# expect: coder_ai_task_missing_prompt "rename data.coder_parameter.prompt (\"AI prompt\") to exactly \"AI Prompt\""
resource "coder_ai_task" "task" {
  sidebar_app {
    id = coder_app.claude.id
  }
}
