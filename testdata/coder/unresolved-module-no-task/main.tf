# No coder_ai_task in sight, but a registry module that is not installed might declare one.
data "coder_parameter" "ai_prompt" {
  name = "AI Prompt"
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

module "claude-code" {
  source   = "registry.coder.com/coder/claude-code/coder"
  version  = "3.0.0"
  agent_id = coder_agent.main.id
}
