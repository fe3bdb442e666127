variable "agent_id" {
  type = string
}

resource "coder_app" "ide" {
  agent_id = var.agent_id
  slug     = "ide"
  url      = "http://localhost:8090"
}
