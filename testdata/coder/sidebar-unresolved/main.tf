# The Task's app_id names the agent instead of an app: it reaches no coder_app.
data "coder_parameter" "prompt" {
  name = "AI Prompt"
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_ai_task" "task" {
  app_id = coder_agent.main.id
}
