# A small Coder Task template: Claude Code runs in a Docker workspace and commits as "AI Bot".
# templint check examples/claude-task

variable "github_pat" {
  description = "GitHub token the agent pushes with"
  type        = string
  sensitive   = true
}

data "coder_parameter" "ai_prompt" {
  name         = "AI Prompt"
  display_name = "AI Prompt"
  description  = "What should Claude Code work on?"
  type         = "string"
  default      = ""
  mutable      = true
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
  env = {
    GIT_AUTHOR_NAME     = "AI Bot"
    GIT_AUTHOR_EMAIL    = "ai-bot@example.com"
    GIT_COMMITTER_NAME  = data.coder_workspace_owner.me.full_name
    GIT_COMMITTER_EMAIL = data.coder_workspace_owner.me.email
    GITHUB_TOKEN        = var.github_pat
  }
  startup_script = <<-EOT
    set -e
    npm install -g @anthropic-ai/claude-code
  EOT
}

resource "coder_env" "claude_prompt" {
  agent_id = coder_agent.main.id
  name     = "CODER_MCP_CLAUDE_TASK_PROMPT"
  value    = data.coder_parameter.ai_prompt.value
}

resource "coder_ai_task" "claude" {
  count = data.coder_workspace.me.start_count
  sidebar_app {
    id = coder_app.claude.id
  }
}

resource "coder_app" "claude" {
  agent_id     = coder_agent.main.id
  slug         = "claude"
  display_name = "Claude Code"
  icon         = "/icon/claude.svg"
  command      = "claude --dangerously-skip-permissions"
}

data "coder_workspace" "me" {}

data "coder_workspace_owner" "me" {}

resource "docker_container" "workspace" {
  count = data.coder_workspace.me.start_count
  image = "codercom/enterprise-base:ubuntu"
  name  = "coder-${data.coder_workspace_owner.me.name}-${lower(data.coder_workspace.me.name)}"
  entrypoint = ["sh", "-c", coder_agent.main.init_script]
  env        = ["CODER_AGENT_TOKEN=${coder_agent.main.token}"]
}
