resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

data "coder_parameter" "ai_prompt" {
  name = "AI Prompt"
}

module "agentapi" {
  count    = 1
  source   = "./modules/agentapi"
  agent_id = coder_agent.main.id
}

resource "coder_ai_task" "task" {
  app_id = module.agentapi[0].task_app_id
}

resource "coder_ai_task" "bad_output" {
  # expect: coder_ai_task_app_not_found @12-37 "app_id of coder_ai_task.bad_output does not lead to a coder_app: module.agentapi has no output \"app_id\""
  app_id = module.agentapi[0].app_id
}
