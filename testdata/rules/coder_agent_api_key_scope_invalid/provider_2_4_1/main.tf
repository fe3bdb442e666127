terraform {
  required_providers {
    coder = {
      source  = "coder/coder"
      version = "2.4.1"
    }
  }
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
  # expect: coder_agent_api_key_scope_invalid @19-25 "(will fail when the coder provider is upgraded to 2.4.2; the constraint \"2.4.1\" does not allow it yet)"
  api_key_scope = "none"
}
