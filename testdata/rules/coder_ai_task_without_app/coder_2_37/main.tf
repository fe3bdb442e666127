# Coder 2.37 removed Tasks: coder_ai_task is ignored.
resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_ai_task" "task" {
  app_id = "00000000-0000-0000-0000-000000000000"
}
