resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "claude" {
  agent_id = coder_agent.main.id
  slug     = "claude"
  url      = "http://localhost:3284"
}

resource "coder_ai_task" "both" {
  app_id = coder_app.claude.id
  # expect: coder_ai_task_app_conflict "coder_ai_task.both sets both app_id and sidebar_app, which conflict: remove the sidebar_app block"
  sidebar_app {
    id = coder_app.claude.id
  }
}

resource "coder_ai_task" "app_id_only" {
  app_id = coder_app.claude.id
}

resource "coder_ai_task" "sidebar_only" {
  sidebar_app {
    id = coder_app.claude.id
  }
}
