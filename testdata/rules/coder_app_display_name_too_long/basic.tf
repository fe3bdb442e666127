resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "long" {
  agent_id = coder_agent.main.id
  slug     = "long"
  # expect: coder_app_display_name_too_long @18-85 "display_name of coder_app.long has 65 characters; Coder accepts at most 64"
  display_name = "A very long display name that goes on and on past the limit of 64"
  url          = "http://localhost:8080"
}

resource "coder_app" "exactly_64" {
  agent_id     = coder_agent.main.id
  slug         = "exact"
  display_name = "This display name has exactly sixty-four characters in it, okay!"
  url          = "http://localhost:8081"
}

resource "coder_app" "short" {
  agent_id     = coder_agent.main.id
  slug         = "short"
  display_name = "VS Code"
  url          = "http://localhost:8082"
}
