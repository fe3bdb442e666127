resource "coder_agent" "bad" {
  # expect: coder_agent_os_invalid @10-17 "os \"Linux\" of coder_agent.bad is not allowed"
  os   = "Linux"
  arch = "amd64"
}

resource "coder_agent" "ok" {
  os   = "darwin"
  arch = "arm64"
}
