# A module whose Task app comes from its caller (variable "app_id"): its default leads nowhere, but
# the template that calls the module gives the value, so nothing is reported.
variable "agent_id" {
  type = string
}

variable "app_id" {
  type    = string
  default = ""
}

resource "coder_app" "web" {
  agent_id = var.agent_id
  slug     = "web"
  url      = "http://localhost:3284"
}

resource "coder_ai_task" "task" {
  app_id = var.app_id
}

variable "other_app_id" {
  type = string
}

resource "coder_ai_task" "required" {
  app_id = var.other_app_id
}

resource "coder_ai_task" "literal" {
  app_id = "5ece4674-dd35-4f16-88c8-82e40e72e2fd" # expect: coder_ai_task_app_not_found @12-50 "app_id of coder_ai_task.literal does not lead to a coder_app"
}
