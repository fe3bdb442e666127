resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "long" {
  agent_id = coder_agent.main.id
  slug     = "long"
  # expect: coder_app_display_name_too_long @18-85 "display_name of coder_app.long has 65 bytes in UTF-8; the Coder provider accepts at most 64"
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

# 33 characters but 66 bytes: Go's len() counts bytes.
resource "coder_app" "accents" {
  agent_id = coder_agent.main.id
  slug     = "accents"
  # expect: coder_app_display_name_too_long @18-53 "has 66 bytes in UTF-8"
  display_name = "ééééééééééééééééééééééééééééééééé"
  url          = "http://localhost:8083"
}

# 32 two-byte characters: 64 bytes, accepted.
resource "coder_app" "accents_ok" {
  agent_id     = coder_agent.main.id
  slug         = "accents-ok"
  display_name = "éééééééééééééééééééééééééééééééé"
  url          = "http://localhost:8084"
}

# Never created at import: not checked.
resource "coder_app" "none" {
  count        = 0
  agent_id     = coder_agent.main.id
  slug         = "none"
  display_name = "A very long display name that goes on and on past the limit of 64"
  url          = "http://localhost:8085"
}
