resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "bad" {
  agent_id = coder_agent.main.id
  slug     = "bad"
  url      = "http://localhost:8080"
  # expect: coder_app_group_too_long @11-78 "group of coder_app.bad has 65 bytes in UTF-8; the Coder provider accepts at most 64 (group name is too long)"
  group = "ggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggg"
}

resource "coder_app" "ok" {
  agent_id = coder_agent.main.id
  slug     = "ok"
  url      = "http://localhost:8081"
  group    = "gggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggg"
}
