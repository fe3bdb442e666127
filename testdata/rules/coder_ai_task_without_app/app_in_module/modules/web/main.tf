variable "agent_id" {
  type = string
}

resource "coder_app" "web" {
  agent_id = var.agent_id
  slug     = "web"
  url      = "http://localhost:3284"
}

output "app_id" {
  value = coder_app.web.id
}
