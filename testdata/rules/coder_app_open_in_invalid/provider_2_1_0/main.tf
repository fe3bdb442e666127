terraform {
  required_providers {
    coder = {
      source  = "coder/coder"
      version = "2.1.0"
    }
  }
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "window" {
  agent_id = coder_agent.main.id
  slug     = "window"
  url      = "http://localhost:8081"
  # expect: coder_app_open_in_invalid @13-21 "(will fail when the coder provider is upgraded to 2.1.2; the constraint \"2.1.0\" does not allow it yet)"
  open_in = "window"
}
