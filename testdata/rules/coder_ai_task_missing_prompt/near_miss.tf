resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "claude" {
  agent_id = coder_agent.main.id
  slug     = "claude"
  url      = "http://localhost:3284"
}

data "coder_parameter" "provider" {
  name = "AI Provider"
}

data "coder_parameter" "prompt" {
  name = "AI Promt"
}

# expect: coder_ai_task_missing_prompt "no data \"coder_parameter\" is named \"AI Prompt\": Coder 2.24-2.27 rejects the template at import; rename data.coder_parameter.prompt (\"AI Promt\") to exactly \"AI Prompt\""
resource "coder_ai_task" "task" {
  sidebar_app {
    id = coder_app.claude.id
  }
}
