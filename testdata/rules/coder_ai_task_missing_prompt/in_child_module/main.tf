resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

module "agent" {
  source   = "./modules/agent"
  agent_id = coder_agent.main.id
}
