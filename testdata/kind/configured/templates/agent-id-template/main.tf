variable "agent_id" {
  type    = string
  default = ""
}

resource "coder_ai_task" "task" {
  app_id = "5ece4674-dd35-4f16-88c8-82e40e72e2fd"
}
