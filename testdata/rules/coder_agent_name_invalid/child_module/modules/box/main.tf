# expect: coder_agent_name_invalid @24-39 "agent name \"sidecar_agent\" of module.box.coder_agent.sidecar_agent"
resource "coder_agent" "sidecar_agent" {
  os   = "linux"
  arch = "amd64"
}
