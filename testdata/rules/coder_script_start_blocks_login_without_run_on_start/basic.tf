resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_script" "stop_blocks" {
  agent_id     = coder_agent.main.id
  display_name = "stop"
  script       = "echo bye"
  run_on_stop  = true
  # expect: coder_script_start_blocks_login_without_run_on_start @24-28 "coder_script.stop_blocks sets start_blocks_login without run_on_start"
  start_blocks_login = true
}

resource "coder_script" "ok" {
  agent_id           = coder_agent.main.id
  display_name       = "start"
  script             = "echo hi"
  run_on_start       = true
  start_blocks_login = true
}

resource "coder_script" "not_blocking" {
  agent_id           = coder_agent.main.id
  display_name       = "stop"
  script             = "echo bye"
  run_on_stop        = true
  start_blocks_login = false
}
