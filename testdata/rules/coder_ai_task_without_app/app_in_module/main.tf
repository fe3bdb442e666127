# The app is in a child module: fine.
resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

module "web" {
  source   = "./modules/web"
  agent_id = coder_agent.main.id
}

resource "coder_ai_task" "task" {
  app_id = module.web.app_id
}
