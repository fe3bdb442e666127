# A Task whose app comes from a local module chain: module.tool -> module.agentapi -> coder_app.web.
variable "anthropic_key" {
  type      = string
  sensitive = true
}

data "coder_workspace" "me" {}

data "coder_parameter" "prompt" {
  name    = "AI Prompt"
  default = ""
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

module "tool" {
  count    = data.coder_workspace.me.start_count
  source   = "./modules/agent-tool"
  agent_id = coder_agent.main.id
  api_key  = var.anthropic_key
}

resource "coder_ai_task" "task" {
  count  = data.coder_workspace.me.start_count
  app_id = try(module.tool[0].task_app_id, "00000000-0000-0000-0000-000000000000")
}
