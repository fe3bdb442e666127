resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "both" {
  agent_id = coder_agent.main.id
  slug     = "both"
  url      = "http://localhost:8080"
  # expect: coder_app_url_and_command "coder_app.both sets both url and command: keep url for a web app or command for a terminal app"
  command = "htop"
}

resource "coder_app" "web" {
  agent_id = coder_agent.main.id
  slug     = "web"
  url      = "http://localhost:8081"
}

resource "coder_app" "terminal" {
  agent_id = coder_agent.main.id
  slug     = "terminal"
  command  = "htop"
}

# An argument set to null is not set.
resource "coder_app" "null_url" {
  agent_id = coder_agent.main.id
  slug     = "null-url"
  url      = null
  command  = "htop"
}
