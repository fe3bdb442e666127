resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "claude" {
  agent_id = coder_agent.main.id
  slug     = "claude"
  url      = "http://localhost:3284"
}

# expect: coder_ai_task_missing_prompt "coder_ai_task.task makes this a Task template, but no data \"coder_parameter\" is named \"AI Prompt\": Coder 2.24-2.27 rejects the template at import; add data \"coder_parameter\" \"ai_prompt\" { name = \"AI Prompt\" }"
resource "coder_ai_task" "task" {
  sidebar_app {
    id = coder_app.claude.id
  }
}
