terraform {
  required_providers {
    coder = {
      source  = "coder/coder"
      version = ">= 2.5, < 2.15"
    }
  }
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_env" "bad" {
  agent_id = coder_agent.main.id
  name     = "PATH"
  value    = "/opt/bin"
  # expect: coder_env_merge_strategy_invalid @20-27 "(will fail when the coder provider is upgraded to 2.15.0; the constraint \">= 2.5, < 2.15\" does not allow it yet)"
  merge_strategy = "merge"
}
