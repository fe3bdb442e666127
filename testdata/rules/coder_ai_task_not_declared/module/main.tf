# A module with the prompt parameter: the template that calls it declares coder_ai_task (agent
# modules from agentapi 2.0 on only output task_app_id).
variable "agent_id" {
  type = string
}

data "coder_parameter" "ai_prompt" {
  name    = "AI Prompt"
  type    = "string"
  default = ""
  mutable = true
}

resource "coder_app" "web" {
  agent_id = var.agent_id
  slug     = "agentapi"
  url      = "http://localhost:3284"
}

output "task_app_id" {
  value = coder_app.web.id
}
