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

# expect: coder_ai_task_multiple "coder_ai_task.second is another coder_ai_task besides coder_ai_task.task: a workspace runs one Task, so keep only one of them"
resource "coder_ai_task" "second" {
  app_id = coder_app.claude.id
}

# Never created: not counted.
resource "coder_ai_task" "disabled" {
  count  = 0
  app_id = coder_app.claude.id
}
