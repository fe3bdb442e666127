# Blocks with no instance at import (count = 0, their own or their module call's): listed, marked
# not planned, with the names written; the "AI Prompt" parameter does not count.
resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_env" "zero" {
  count    = 0
  agent_id = coder_agent.main.id
  name     = "ZERO"
  value    = "z"
}

resource "coder_env" "computed" {
  count    = 0
  agent_id = coder_agent.main.id
  name     = "COMPUTED"
  value    = coder_agent.main.id
}

resource "coder_env" "one" {
  agent_id = coder_agent.main.id
  name     = "ONE"
  value    = "1"
}

module "off" {
  count    = 0
  source   = "./m"
  agent_id = coder_agent.main.id
}

resource "coder_app" "zero" {
  count    = 0
  agent_id = coder_agent.main.id
  slug     = "zero"
}

data "coder_parameter" "prompt" {
  count = 0
  name  = "AI Prompt"
  type  = "string"
}
