# The output comes from a module that is not on disk: not reported.
resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "code" {
  agent_id = coder_agent.main.id
  slug     = "code"
  url      = "http://localhost:8080"
}

module "claude-code" {
  source   = "registry.coder.com/coder/claude-code/coder"
  version  = "4.0.0"
  agent_id = coder_agent.main.id
}

resource "coder_ai_task" "task" {
  app_id = module.claude-code.task_app_id
}
