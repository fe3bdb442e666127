resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "bad" {
  agent_id = coder_agent.main.id
  slug     = "bad"
  url      = "http://localhost:8080"
  # expect: coder_app_share_invalid @11-21 "share \"everyone\" of coder_app.bad is not allowed: invalid app share (one of \"owner\", \"authenticated\", \"public\")"
  share = "everyone"
}

variable "share" {
  type    = string
  default = "Owner"
}

# Per instance: the provider compares exactly.
resource "coder_app" "counted" {
  count    = 1
  agent_id = coder_agent.main.id
  slug     = "counted"
  url      = "http://localhost:8081"
  # expect: coder_app_share_invalid @11-20 "share \"Owner\" of coder_app.counted[0]"
  share = var.share
}

resource "coder_app" "ok" {
  agent_id = coder_agent.main.id
  slug     = "ok"
  url      = "http://localhost:8082"
  share    = "authenticated"
}
