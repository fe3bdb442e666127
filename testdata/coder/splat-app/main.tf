# The app id comes out of a counted module through one(module.x[*].out).
data "coder_parameter" "prompt" {
  name = "AI Prompt"
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

module "tool" {
  count    = 1
  source   = "./modules/tool"
  agent_id = coder_agent.main.id
}

resource "coder_ai_task" "task" {
  app_id = one(module.tool[*].app_id)
}
