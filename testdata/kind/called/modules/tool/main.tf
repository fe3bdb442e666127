variable "app_id" {
  type = string
}

resource "coder_ai_task" "task" {
  app_id = var.app_id
}
