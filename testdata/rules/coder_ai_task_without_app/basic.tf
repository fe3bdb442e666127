resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

data "coder_parameter" "ai_prompt" {
  name = "AI Prompt"
}

# expect: coder_ai_task_without_app "coder_ai_task.task makes this a Task template, but the template defines no coder_app: Tasks would show \"No apps found in task\"; add the app the Task runs in"
resource "coder_ai_task" "task" {
  sidebar_app {
    id = "00000000-0000-0000-0000-000000000000"
  }
}
