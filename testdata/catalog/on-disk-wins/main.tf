# the module installed in .terraform/modules wins over the catalog
resource "coder_agent" "main" {
  arch = "amd64"
  os   = "linux"
}

module "claude-code" {
  source  = "registry.coder.com/coder/claude-code/coder"
  version = "2.0.0"
  agent_id = coder_agent.main.id
}
