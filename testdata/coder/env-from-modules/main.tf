# The agent's id reaches two modules that are not on disk, one directly and one through a local
# value and a module variable: either may declare coder_env for it. The other agent's does not.
resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
  env = {
    EDITOR = "vim"
  }
}

resource "coder_agent" "other" {
  os   = "linux"
  arch = "amd64"
}

locals {
  agent = coder_agent.main.id
}

module "claude-code" {
  source   = "registry.coder.com/coder/claude-code/coder"
  version  = "4.0.0"
  agent_id = local.agent
}

module "wrapper" {
  source   = "./wrapper"
  agent_id = coder_agent.main.id
}

module "unrelated" {
  source  = "registry.coder.com/coder/unrelated/coder"
  version = "1.0.0"
  name    = "x"
}
