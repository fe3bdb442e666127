resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

# expect: coder_script_without_trigger "coder_script.never_runs sets none of run_on_start, run_on_stop and cron"
resource "coder_script" "never_runs" {
  agent_id     = coder_agent.main.id
  display_name = "never"
  script       = "echo hi"
}

# expect: coder_script_without_trigger "coder_script.all_false sets none"
resource "coder_script" "all_false" {
  agent_id     = coder_agent.main.id
  display_name = "never"
  script       = "echo hi"
  run_on_start = false
  run_on_stop  = false
  cron         = ""
}

resource "coder_script" "start" {
  agent_id     = coder_agent.main.id
  display_name = "start"
  script       = "echo hi"
  run_on_start = true
}

resource "coder_script" "stop" {
  agent_id     = coder_agent.main.id
  display_name = "stop"
  script       = "echo hi"
  run_on_stop  = true
}

resource "coder_script" "cron" {
  agent_id     = coder_agent.main.id
  display_name = "cron"
  script       = "echo hi"
  cron         = "0 0 * * * *"
}

variable "start" {
  type = bool
}

# Not known statically: not checked.
resource "coder_script" "unknown" {
  agent_id     = coder_agent.main.id
  display_name = "maybe"
  script       = "echo hi"
  run_on_start = var.start
}
