resource "coder_agent" "bad" {
  os   = "linux"
  arch = "amd64"
  # expect: coder_agent_startup_script_behavior_invalid @29-43 "startup_script_behavior \"non_blocking\" of coder_agent.bad is not allowed"
  startup_script_behavior = "non_blocking"
}

resource "coder_agent" "blocking" {
  os                      = "linux"
  arch                    = "amd64"
  startup_script_behavior = "blocking"
}

resource "coder_agent" "non_blocking" {
  os                      = "linux"
  arch                    = "amd64"
  startup_script_behavior = "non-blocking"
}

# Checked per instance: each.value decides.
resource "coder_agent" "each" {
  for_each = toset(["blocking", "later"])
  os       = "linux"
  arch     = "amd64"
  # expect: coder_agent_startup_script_behavior_invalid @29-39 "startup_script_behavior \"later\" of coder_agent.each[\"later\"]"
  startup_script_behavior = each.value
}
