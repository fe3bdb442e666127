resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "sub" {
  agent_id = coder_agent.main.id
  slug     = "sub"
  # expect: coder_app_command_conflict @15-21 "coder_app.sub sets both command and subdomain: \"command\": conflicts with subdomain"
  command   = "htop"
  subdomain = false
}

resource "coder_app" "ext" {
  agent_id = coder_agent.main.id
  slug     = "ext"
  command  = "htop"
  # expect: coder_app_command_conflict @14-18 "coder_app.ext sets both external and command"
  external = true
}

resource "coder_app" "health" {
  agent_id = coder_agent.main.id
  slug     = "health"
  command  = "htop"
  # expect: coder_app_command_conflict "coder_app.health sets both healthcheck and command"
  healthcheck {
    url       = "http://localhost:1"
    interval  = 5
    threshold = 6
  }
}

# Accepted: a terminal app alone, and a null subdomain.
resource "coder_app" "terminal" {
  agent_id  = coder_agent.main.id
  slug      = "terminal"
  command   = "htop"
  subdomain = null
}

# Never planned.
resource "coder_app" "never" {
  count     = 0
  agent_id  = coder_agent.main.id
  slug      = "never"
  command   = "htop"
  subdomain = true
}
