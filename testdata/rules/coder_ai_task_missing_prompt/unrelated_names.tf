resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "claude" {
  agent_id = coder_agent.main.id
  slug     = "claude"
  url      = "http://localhost:3284"
}

# Not near misses of "AI Prompt": the error says to add the parameter, not to rename one of these.
data "coder_parameter" "provider" {
  name = "AI Provider"
}

data "coder_parameter" "port" {
  name = "API Port"
}

# expect: coder_ai_task_missing_prompt "rejects the template at import; add data \"coder_parameter\" \"ai_prompt\" { name = \"AI Prompt\" }"
resource "coder_ai_task" "task" {
  sidebar_app {
    id = coder_app.claude.id
  }
}
