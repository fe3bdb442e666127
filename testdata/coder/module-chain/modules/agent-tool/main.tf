variable "agent_id" {
  type = string
}

variable "api_key" {
  type      = string
  sensitive = true
}

resource "coder_env" "api_key" {
  agent_id       = var.agent_id
  name           = "TOOL_API_KEY"
  value          = var.api_key
  merge_strategy = "replace"
}

resource "coder_env" "path" {
  agent_id       = var.agent_id
  name           = "PATH"
  value          = "/opt/tool/bin"
  merge_strategy = "prepend"
}

module "agentapi" {
  source   = "./agentapi"
  agent_id = var.agent_id
  web_slug = "tool-web"
}

output "task_app_id" {
  value = module.agentapi.task_app_id
}
