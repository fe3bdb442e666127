resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

module "app" {
  source   = "./modules/app"
  agent_id = coder_agent.main.id
  slug     = "My App"
}
