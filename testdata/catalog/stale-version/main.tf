# a version newer than the catalog: not known, and the reason says the catalog is older
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
  version = "99.0.0"
  agent_id = coder_agent.main.id
  workdir  = "/home/coder"
}
