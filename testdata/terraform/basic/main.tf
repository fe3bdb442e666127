terraform {
  required_providers {
    coder = {
      source = "coder/coder"
    }
  }
}

provider "coder" {}

variable "region" {
  type        = string
  default     = "eu"
  description = "Where to run"
}

variable "token" {
  type      = string
  sensitive = true
}

locals {
  name   = "ws-${var.region}"
  labels = { region = var.region, name = local.name }
}

data "coder_workspace" "me" {}

resource "coder_agent" "main" {
  arch = "amd64"
  os   = "linux"
  env = {
    GITHUB_TOKEN = var.token
    REGION       = local.labels.region
  }
}

output "agent_id" {
  value       = coder_agent.main.id
  description = "The agent"
}

moved {
  from = coder_agent.old
  to   = coder_agent.main
}

check "health" {
  assert {
    condition     = var.region != ""
    error_message = "region"
  }
}
