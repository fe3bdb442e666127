# Native-syntax twin of coder-task.tf.json: both must read to the same structure.
terraform {
  required_providers {
    coder = { source = "coder/coder", version = ">= 2.12" }
  }
}

data "coder_workspace" "me" {}

data "coder_parameter" "ai_prompt" {
  name    = "AI Prompt"
  type    = "string"
  default = ""
  mutable = true
}

data "coder_parameter" "region" {
  name    = "region"
  default = "eu"
  option {
    name  = "Europe"
    value = "eu"
  }
  option {
    name  = "US"
    value = "us"
  }
  validation {
    regex = "^[a-z]+$"
    error = "lower case"
  }
  dynamic "option" {
    for_each = local.extra_regions
    content {
      name  = option.value
      value = option.key
    }
  }
}

data "coder_workspace_preset" "default" {
  name       = "Default"
  parameters = { region = "eu" }
  prebuilds {
    instances = 2
    expiration_policy {
      ttl = 86400
    }
    scheduling {
      timezone = "UTC"
      schedule {
        cron      = "* 8-18 * * 1-5"
        instances = 3
      }
    }
  }
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
  env  = { GIT_AUTHOR_NAME = "AI Bot", GITHUB_TOKEN = var.github_pat }
  metadata {
    key          = "cpu"
    display_name = "CPU"
    script       = "coder stat cpu"
    interval     = 10
    timeout      = 1
  }
  metadata {
    key          = "mem"
    display_name = "Memory"
    script       = "coder stat mem"
    interval     = 10
    timeout      = 1
  }
  display_apps {
    vscode       = false
    web_terminal = true
  }
  resources_monitoring {
    memory {
      enabled   = true
      threshold = 90
    }
    volume {
      path      = "/home"
      enabled   = true
      threshold = 80
    }
    volume {
      path      = "/data"
      enabled   = true
      threshold = 95
    }
  }
}

resource "coder_app" "claude" {
  agent_id = coder_agent.main.id
  slug     = "claude"
  url      = "http://localhost:3284"
  healthcheck {
    url       = "http://localhost:3284/status"
    interval  = 5
    threshold = 3
  }
}

resource "coder_ai_task" "task" {
  count = data.coder_workspace.me.start_count
  sidebar_app {
    id = coder_app.claude.id
  }
}

resource "coder_metadata" "info" {
  resource_id = coder_agent.main.id
  item {
    key   = "a"
    value = "1"
  }
  item {
    key   = "b"
    value = "2"
  }
}

resource "coder_script" "setup" {
  agent_id     = coder_agent.main.id
  display_name = "Setup"
  script       = "echo hi"
  run_on_start = true
}
