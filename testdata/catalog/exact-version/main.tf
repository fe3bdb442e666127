# claude-code 2.0.0 declares the coder_ai_task and its web app itself; the template gives the prompt.
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
  version = "2.0.0"
  agent_id = coder_agent.main.id
  folder   = "/home/coder"
}
