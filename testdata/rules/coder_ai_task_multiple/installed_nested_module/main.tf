resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

data "coder_parameter" "ai_prompt" {
  name = "AI Prompt"
}

# The installed module calls agentapi 1.x, which declares its own coder_ai_task: reported here,
# at the call the author wrote.
# expect: coder_ai_task_multiple "module.claude-code.module.agentapi.coder_ai_task.agentapi is another coder_ai_task besides coder_ai_task.task"
module "claude-code" {
  source   = "registry.coder.com/coder/claude-code/coder"
  version  = "3.0.0"
  agent_id = coder_agent.main.id
}

resource "coder_ai_task" "task" {
  app_id = module.claude-code.task_app_id
}
