terraform {
  required_providers {
    coder = {
      source  = "coder/coder"
      version = ">= 2.7"
    }
  }
}

variable "github_pat" {
  type        = string
  sensitive   = true
  description = "A GitHub token the agent pushes with."
}

data "coder_workspace" "me" {}

data "coder_parameter" "ai_prompt" {
  name        = "AI Prompt"
  type        = "string"
  default     = ""
  mutable     = true
  description = "What the agent should do."
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
  env = {
    GIT_AUTHOR_NAME = "AI Bot"
    GITHUB_TOKEN    = var.github_pat
  }
}

resource "coder_app" "claude" {
  agent_id     = coder_agent.main.id
  slug         = "claude"
  display_name = "Claude Code"
  url          = "http://localhost:3284/"
}

resource "coder_ai_task" "claude" {
  count = data.coder_workspace.me.start_count
  sidebar_app {
    id = coder_app.claude.id
  }
}
