resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_ai_task" "task" {
  app_id = module.claude.task_app_id
}

# The module declares its own coder_ai_task: reported at the call when the module is installed,
# here at the module's resource since it is a local module.
module "claude" {
  source   = "./modules/claude"
  agent_id = coder_agent.main.id
}
