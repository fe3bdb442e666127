# The coder_ai_task sits in a module that is only instantiated when the workspace runs as a Task.
data "coder_task" "me" {}

data "coder_parameter" "prompt" {
  name = "AI Prompt"
}

module "task" {
  count  = data.coder_task.me.enabled ? 1 : 0
  source = "./modules/task"
}
