# the module call has no instance at import: its coder_ai_task is not planned
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
  count   = 0
  source  = "registry.coder.com/coder/claude-code/coder"
  version = "2.0.0"
  agent_id = coder_agent.main.id
  folder   = "/home/coder"
}
