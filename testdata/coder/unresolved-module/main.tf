# The Task resource would come from a registry module that was never installed (no .terraform/modules).
data "coder_parameter" "ai_prompt" {
  name = "AI Prompt"
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

module "claude-code" {
  source   = "registry.coder.com/coder/claude-code/coder"
  version  = "3.0.0"
  agent_id = coder_agent.main.id
}

resource "coder_ai_task" "task" {
  count  = 0
  app_id = module.claude-code.task_app_id
}
