variable "agent_id" {
  type = string
}

module "code-server" {
  source   = "registry.coder.com/coder/code-server/coder"
  version  = "1.0.0"
  agent_id = var.agent_id
}
