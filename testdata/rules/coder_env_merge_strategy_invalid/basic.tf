resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_env" "bad" {
  agent_id = coder_agent.main.id
  name     = "PATH"
  value    = "/opt/bin"
  # expect: coder_env_merge_strategy_invalid @20-27 "merge_strategy \"merge\" of coder_env.bad is not allowed"
  merge_strategy = "merge"
}

resource "coder_env" "ok" {
  agent_id       = coder_agent.main.id
  name           = "PATH2"
  value          = "/opt/bin"
  merge_strategy = "append"
}
