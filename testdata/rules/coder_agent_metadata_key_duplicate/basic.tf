resource "coder_agent" "bad" {
  os   = "linux"
  arch = "amd64"
  metadata {
    key          = "cpu"
    display_name = "CPU"
    script       = "coder stat cpu"
    interval     = 10
  }
  metadata {
    # expect: coder_agent_metadata_key_duplicate "metadata key \"cpu\" of coder_agent.bad is used by an earlier metadata block: duplicate agent metadata key"
    key          = "cpu"
    display_name = "CPU again"
    script       = "coder stat cpu"
    interval     = 10
  }
}

resource "coder_agent" "ok" {
  os   = "linux"
  arch = "amd64"
  metadata {
    key          = "cpu"
    display_name = "CPU"
    script       = "coder stat cpu"
    interval     = 10
  }
  metadata {
    key          = "mem"
    display_name = "Memory"
    script       = "coder stat mem"
    interval     = 10
  }
}
