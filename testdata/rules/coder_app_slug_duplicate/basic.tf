resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "code" {
  agent_id = coder_agent.main.id
  slug     = "code"
  url      = "http://localhost:8080"
}

resource "coder_app" "code2" {
  agent_id = coder_agent.main.id
  # expect: coder_app_slug_duplicate @10-16 "slug \"code\" of coder_app.code2 is already used by coder_app.code: app slugs must be unique in the template"
  slug = "code"
  url  = "http://localhost:8081"
}

# Never created: ignored.
resource "coder_app" "disabled" {
  count    = 0
  agent_id = coder_agent.main.id
  slug     = "code"
  url      = "http://localhost:8082"
}

resource "coder_app" "other" {
  agent_id = coder_agent.main.id
  slug     = "other"
  url      = "http://localhost:8083"
}
