resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

data "coder_parameter" "ai_prompt" {
  # expect: coder_ai_task_not_declared @10-21 "add resource \"coder_ai_task\" \"task\" { app_id = module.claude-code[0].task_app_id }"
  name = "AI Prompt"
}

module "claude-code" {
  count    = data.coder_workspace.me.start_count
  source   = "registry.coder.com/coder/claude-code/coder"
  version  = "4.0.0"
  agent_id = coder_agent.main.id
  ai_prompt = data.coder_parameter.ai_prompt.value
}

data "coder_workspace" "me" {}
