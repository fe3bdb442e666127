# The parameter may be declared by a module that is not on disk: unknown, not reported.
resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

module "claude-code" {
  source   = "registry.coder.com/coder/claude-code/coder"
  version  = "2.0.0"
  agent_id = coder_agent.main.id
}

resource "coder_ai_task" "task" {
  sidebar_app {
    id = module.claude-code.task_app_id
  }
}
