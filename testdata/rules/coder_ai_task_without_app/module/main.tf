# A module: the template that calls it may define the app the Task runs in.
variable "agent_id" {
  type = string
}

variable "app_id" {
  type = string
}

resource "coder_ai_task" "task" {
  app_id = var.app_id
}
