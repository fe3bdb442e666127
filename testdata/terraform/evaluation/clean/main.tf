terraform {
  required_providers {
    coder = {
      source = "coder/coder"
    }
  }
}

variable "workers" {
  type    = number
  default = 2
}

data "coder_workspace" "me" {}

data "coder_parameter" "ai_prompt" {
  name    = "AI Prompt"
  type    = "string"
  default = ""
  mutable = true
}

locals {
  owner  = data.coder_workspace.me.name
  script = file("${path.module}/scripts/start.sh")
  later  = file("${path.module}/scripts/generated-at-plan.sh")
}

resource "coder_agent" "main" {
  count          = data.coder_workspace.me.start_count
  os             = "linux"
  arch           = "amd64"
  startup_script = local.script
  env = {
    OWNER = local.owner
  }
}

resource "coder_app" "worker" {
  count    = var.workers
  agent_id = coder_agent.main[0].id
  slug     = "worker-${count.index}"
  url      = "http://localhost:${8000 + count.index}"
}

resource "coder_script" "later" {
  agent_id     = coder_agent.main[0].id
  display_name = "Later"
  script       = local.later
  run_on_start = true
}

resource "coder_ai_task" "task" {
  count  = data.coder_workspace.me.start_count
  app_id = coder_app.worker[0].id
}
