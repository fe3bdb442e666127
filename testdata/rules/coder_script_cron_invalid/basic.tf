resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_script" "hour_out_of_range" {
  agent_id     = coder_agent.main.id
  display_name = "nightly"
  script       = "echo hi"
  # expect: coder_script_cron_invalid @18-32 "cron of coder_script.hour_out_of_range: 0 0 24 * * * is not a valid cron expression: end of range (24) above maximum (23): 24"
  cron         = "0 0 24 * * *"
}

resource "coder_script" "seven_fields" {
  agent_id     = coder_agent.main.id
  display_name = "seven"
  script       = "echo hi"
  # expect: coder_script_cron_invalid @18 "expected 5 to 6 fields, found 7"
  cron         = "0 0 0 * * * 2025"
}

resource "coder_script" "day_seven" {
  agent_id     = coder_agent.main.id
  display_name = "sunday"
  script       = "echo hi"
  # expect: coder_script_cron_invalid @18 "end of range (7) above maximum (6): 7"
  cron         = "0 0 0 * * 7"
}

resource "coder_script" "bad_descriptor" {
  agent_id     = coder_agent.main.id
  display_name = "fortnightly"
  script       = "echo hi"
  # expect: coder_script_cron_invalid @18 "unrecognized descriptor: @fortnightly"
  cron         = "@fortnightly"
}

resource "coder_script" "bad_every" {
  agent_id     = coder_agent.main.id
  display_name = "every"
  script       = "echo hi"
  # expect: coder_script_cron_invalid @18 "failed to parse duration @every 5 minutes"
  cron         = "@every 5 minutes"
}

resource "coder_script" "daily" {
  agent_id     = coder_agent.main.id
  display_name = "daily"
  script       = "echo hi"
  cron         = "0 0 22 * * *"
}

resource "coder_script" "named" {
  agent_id     = coder_agent.main.id
  display_name = "weekdays"
  script       = "echo hi"
  cron         = "30 0 9 * JAN-DEC MON-FRI"
}

resource "coder_script" "descriptor" {
  agent_id     = coder_agent.main.id
  display_name = "every"
  script       = "echo hi"
  cron         = "@every 1h30m"
}

# No schedule.
resource "coder_script" "empty" {
  agent_id     = coder_agent.main.id
  display_name = "start"
  script       = "echo hi"
  run_on_start = true
  cron         = ""
}

# Five fields are accepted (seconds first), with a warning from another rule.
resource "coder_script" "five" {
  agent_id     = coder_agent.main.id
  display_name = "five"
  script       = "echo hi"
  cron         = "*/5 * * * *"
}
