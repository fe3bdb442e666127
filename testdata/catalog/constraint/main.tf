# claude-code 4.x calls agentapi 2.x; the template declares the Task and points it at the module's app.
resource "coder_agent" "main" {
  arch = "amd64"
  os   = "linux"
}

data "coder_parameter" "ai_prompt" {
  name    = "AI Prompt"
  type    = "string"
  default = ""
  mutable = true
}

module "claude-code" {
  source  = "registry.coder.com/coder/claude-code/coder"
  version = "~> 4.0"
  agent_id = coder_agent.main.id
  workdir  = "/home/coder"
}

resource "coder_ai_task" "task" {
  app_id = module.claude-code.task_app_id
}
