variable "agent_id" {
  type = string
}

resource "coder_env" "inmod" {
  agent_id = var.agent_id
  name     = "INMOD"
  value    = "m"
}
