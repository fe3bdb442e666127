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

resource "coder_ai_task" "literal" {
  sidebar_app {
    # expect: coder_ai_task_app_not_found @10-48 "sidebar_app.id of coder_ai_task.literal does not lead to a coder_app: it is the literal value"
    id = "00000000-0000-0000-0000-000000000000"
  }
}

resource "coder_ai_task" "misspelt" {
  sidebar_app {
    # expect: coder_ai_task_app_not_found @10-28 "sidebar_app.id of coder_ai_task.misspelt does not lead to a coder_app"
    id = coder_app.claud.id
  }
}

resource "coder_ai_task" "wrong_type" {
  # expect: coder_ai_task_app_not_found @12-31 "app_id of coder_ai_task.wrong_type does not lead to a coder_app: it refers to coder_agent.main, which is not a coder_app"
  app_id = coder_agent.main.id
}

# expect: coder_ai_task_app_not_found "coder_ai_task.no_app names no app: set app_id to the id of the coder_app that shows the Task"
resource "coder_ai_task" "no_app" {
}

# Resolved: directly, through a local value, through try(...).
resource "coder_ai_task" "ok" {
  app_id = coder_app.claude.id
}

locals {
  task_app = coder_app.claude.id
}

resource "coder_ai_task" "via_local" {
  sidebar_app {
    id = local.task_app
  }
}

resource "coder_ai_task" "via_try" {
  app_id = try(coder_app.claude.id, "00000000-0000-0000-0000-000000000000")
}

# Never created: not checked.
resource "coder_ai_task" "disabled" {
  count  = 0
  app_id = "00000000-0000-0000-0000-000000000000"
}
