# A Task that is never created needs no app.
resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_ai_task" "task" {
  count  = 0
  app_id = "00000000-0000-0000-0000-000000000000"
}
