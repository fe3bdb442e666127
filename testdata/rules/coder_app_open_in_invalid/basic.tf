resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "bad" {
  agent_id = coder_agent.main.id
  slug     = "bad"
  url      = "http://localhost:8080"
  # expect: coder_app_open_in_invalid @13-20 "open_in \"popup\" of coder_app.bad is not allowed"
  open_in = "popup"
}

# Refused since 2.1.2.
resource "coder_app" "window" {
  agent_id = coder_agent.main.id
  slug     = "window"
  url      = "http://localhost:8081"
  # expect: coder_app_open_in_invalid @13-21 "open_in \"window\" of coder_app.window is not allowed"
  open_in = "window"
}

resource "coder_app" "ok" {
  agent_id = coder_agent.main.id
  slug     = "ok"
  url      = "http://localhost:8082"
  open_in  = "tab"
}
