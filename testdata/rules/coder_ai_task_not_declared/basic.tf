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
  # expect: coder_ai_task_not_declared @10-21 "data.coder_parameter.ai_prompt is the \"AI Prompt\" parameter, but the template declares no coder_ai_task, so it is not a Task template: add resource \"coder_ai_task\" \"task\" { app_id = <coder_app>.id }"
  name = "AI Prompt"
}
