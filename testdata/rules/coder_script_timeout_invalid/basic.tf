resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_script" "zero" {
  agent_id     = coder_agent.main.id
  display_name = "zero"
  script       = "echo hi"
  run_on_start = true
  # expect: coder_script_timeout_invalid @18-19 "timeout of coder_script.zero is 0: expected timeout to be at least (1), got 0"
  timeout      = 0
}

resource "coder_script" "one" {
  agent_id     = coder_agent.main.id
  display_name = "one"
  script       = "echo hi"
  run_on_start = true
  timeout      = 1
}

# Not written: the default 0 (no timeout) is not validated.
resource "coder_script" "unset" {
  agent_id     = coder_agent.main.id
  display_name = "unset"
  script       = "echo hi"
  run_on_start = true
}
