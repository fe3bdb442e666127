resource "coder_ai_task" "task" {
  count = 1
}
