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
  # expect: coder_ai_task_sidebar_app_deprecated "sidebar_app of coder_ai_task.task is deprecated from Coder 2.28 (provider 2.12): write app_id = coder_app.claude.id"
  sidebar_app {
    id = coder_app.claude.id
  }
}

resource "coder_ai_task" "new_style" {
  app_id = coder_app.claude.id
}

# Both set: another rule's finding.
resource "coder_ai_task" "both" {
  app_id = coder_app.claude.id
  sidebar_app {
    id = coder_app.claude.id
  }
}
