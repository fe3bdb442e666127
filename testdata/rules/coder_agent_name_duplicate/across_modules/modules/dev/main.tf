# expect: coder_agent_name_duplicate @24-29 "agent name \"dev\" of module.dev.coder_agent.dev is already used by coder_agent.dev"
resource "coder_agent" "dev" {
  os   = "linux"
  arch = "amd64"
}
