resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
  env = merge(local.base_env, {
    SHELL = "/bin/zsh"
  })
}

locals {
  base_env = {
    OPENAI_BASE_URL = "https://proxy.example.com"
  }
}

module "tool" {
  source   = "./modules/tool"
  agent_id = coder_agent.main.id
}
