variable "agent_id" {
  type = string
}

variable "web_slug" {
  type = string
}

resource "coder_app" "web" {
  agent_id     = var.agent_id
  slug         = var.web_slug
  display_name = "Tool Web"
  url          = "http://localhost:3284/"
}

output "task_app_id" {
  value = coder_app.web.id
}
