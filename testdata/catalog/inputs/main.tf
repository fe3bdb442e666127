# claude-code 5.4.0 declares coder_env entries whose count depends on its inputs
resource "coder_agent" "main" {
  arch = "amd64"
  os   = "linux"
}

module "claude-code" {
  source  = "registry.coder.com/coder/claude-code/coder"
  version = "5.4.0"
  agent_id = coder_agent.main.id
  model    = "opus"
}
