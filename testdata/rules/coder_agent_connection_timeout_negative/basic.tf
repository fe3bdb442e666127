resource "coder_agent" "bad" {
  os   = "linux"
  arch = "amd64"
  # expect: coder_agent_connection_timeout_negative @24-26 "connection_timeout of coder_agent.bad is -1: expected connection_timeout to be at least (0)"
  connection_timeout = -1
}

# Zero means never time out.
resource "coder_agent" "zero" {
  os                 = "linux"
  arch               = "amd64"
  connection_timeout = 0
}

resource "coder_agent" "ok" {
  os                 = "linux"
  arch               = "amd64"
  connection_timeout = 300
}

# count = 2: checked per instance.
resource "coder_agent" "counted" {
  count = 2
  os    = "linux"
  arch  = "amd64"
  # expect: coder_agent_connection_timeout_negative @24 "connection_timeout of coder_agent.counted[1] is -60"
  connection_timeout = count.index == 0 ? 60 : -60
}
