resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "shared" {
  agent_id = coder_agent.main.id
  slug     = "docs"
  url      = "https://example.com"
  # expect: coder_app_external_conflict @14-18 "coder_app.shared sets both external and share"
  external = true
  share    = "public"
}

resource "coder_app" "sub" {
  agent_id = coder_agent.main.id
  slug     = "sub"
  url      = "https://example.com"
  # expect: coder_app_external_conflict @15-19 "coder_app.sub sets both external and subdomain"
  external  = true
  subdomain = true
}

# Accepted.
resource "coder_app" "link" {
  agent_id = coder_agent.main.id
  slug     = "link"
  url      = "https://example.com"
  external = true
}
