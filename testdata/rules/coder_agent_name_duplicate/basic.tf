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

# Two instances of one agent: Coder sees two agents named "pair".
# expect: coder_agent_name_duplicate @24-30 "agent name \"pair\" of coder_agent.pair[1] is already used by coder_agent.pair[0]"
resource "coder_agent" "pair" {
  count = 2
  os    = "linux"
  arch  = "amd64"
}

# One instance: accepted.
resource "coder_agent" "single" {
  count = 1
  os    = "linux"
  arch  = "amd64"
}
