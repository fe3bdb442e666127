# The default release (2.24-2.27) needs sidebar_app: nothing to report.
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
  sidebar_app {
    id = coder_app.claude.id
  }
}
