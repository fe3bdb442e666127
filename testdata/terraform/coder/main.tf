variable "github_pat" {
  type      = string
  sensitive = true
}

variable "replicas" {
  type    = number
  default = 2
}

data "coder_workspace" "me" {}

data "coder_task" "me" {}

data "coder_workspace_owner" "me" {}

data "coder_parameter" "ai_prompt" {
  name    = "AI Prompt"
  default = ""
  mutable = true
}

data "coder_parameter" "size" {
  name    = "size"
  type    = "number"
  default = 3
}

data "coder_parameter" "region" {
  name = "region"
}

locals {
  a      = local.b
  b      = local.a
  env    = { GITHUB_TOKEN = var.github_pat, OWNER = data.coder_workspace_owner.me.name }
  prefix = "ws-${data.coder_workspace.me.transition}"
  script = file("${path.module}/scripts/start.sh")
  apps   = [for name in ["x", "y"] : upper(name)]
}

resource "coder_agent" "main" {
  count          = data.coder_workspace.me.start_count
  arch           = "amd64"
  os             = "linux"
  startup_script = local.script
  env = merge(local.env, {
    GIT_AUTHOR_NAME = "AI Bot"
    SESSION         = data.coder_workspace_owner.me.session_token
  })
}

module "claude" {
  source   = "./modules/claude"
  agent_id = coder_agent.main[0].id
  api_key  = var.github_pat
}

resource "coder_ai_task" "task" {
  count  = data.coder_task.me.enabled ? 1 : 0
  app_id = module.claude.task_app_id
}

resource "coder_app" "replica" {
  count    = var.replicas
  agent_id = coder_agent.main[0].id
  slug     = "replica-${count.index}"
}

resource "coder_app" "each" {
  for_each = toset(["a", "b"])
  agent_id = coder_agent.main[0].id
  slug     = "app-${each.key}"
}

output "cycle" {
  value = local.a
}

output "token" {
  value     = local.env.GITHUB_TOKEN
  sensitive = true
}
