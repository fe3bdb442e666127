# The module is not on disk and may declare the resource: not reported.
resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

data "coder_parameter" "ai_prompt" {
  name = "AI Prompt"
}

module "claude-code" {
  source   = "registry.coder.com/coder/claude-code/coder"
  version  = "3.0.0"
  agent_id = coder_agent.main.id
}
