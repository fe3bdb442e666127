resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

# expect: coder_agent_name_duplicate @24-30 "agent name \"Main\" of coder_agent.Main is already used by coder_agent.main (Coder compares agent names ignoring case): rename one of them"
resource "coder_agent" "Main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_agent" "sidecar" {
  os   = "linux"
  arch = "arm64"
}

# Never created: ignored.
resource "coder_agent" "MAIN" {
  count = 0
  os    = "linux"
  arch  = "amd64"
}
