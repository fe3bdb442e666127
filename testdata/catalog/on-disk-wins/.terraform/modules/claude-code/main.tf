variable "agent_id" {
  type = string
}

resource "coder_env" "from_disk" {
  agent_id = var.agent_id
  name     = "FROM_DISK"
  value    = "yes"
}
