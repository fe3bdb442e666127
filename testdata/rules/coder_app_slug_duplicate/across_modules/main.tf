resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "ide" {
  agent_id = coder_agent.main.id
  slug     = "ide"
  url      = "http://localhost:8080"
}

module "ide" {
  source   = "./modules/ide"
  agent_id = coder_agent.main.id
}
