resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_script" "five" {
  agent_id     = coder_agent.main.id
  display_name = "every five minutes?"
  script       = "echo hi"
  # expect: coder_script_cron_five_fields @18-31 "cron of coder_script.five: The cron expression '*/5 * * * *' appears to be in Unix 5-field format"
  cron         = "*/5 * * * *"
}

resource "coder_script" "six" {
  agent_id     = coder_agent.main.id
  display_name = "every five minutes"
  script       = "echo hi"
  cron         = "0 */5 * * * *"
}

# Five fields the Unix parser refuses (day of month 0): the provider gives no warning (and, read
# seconds first, the expression is valid).
resource "coder_script" "bad" {
  agent_id     = coder_agent.main.id
  display_name = "bad"
  script       = "echo hi"
  cron         = "0 0 0 * *"
}
