variable "agent_id" {
  type = string
}

module "agentapi" {
  source   = "registry.coder.com/coder/agentapi/coder"
  version  = "1.1.1"
  agent_id = var.agent_id
}

output "task_app_id" {
  value = module.agentapi.task_app_id
}
