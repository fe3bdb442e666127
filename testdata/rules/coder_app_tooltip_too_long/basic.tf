resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "bad" {
  agent_id = coder_agent.main.id
  slug     = "bad"
  url      = "http://localhost:8080"
  # expect: coder_app_tooltip_too_long @13-56 "tooltip of coder_app.bad has 2049 bytes in UTF-8; the Coder provider accepts at most 2048 (tooltip is too long)"
  tooltip = "${join("", [for i in range(2049) : "t"])}"
}

resource "coder_app" "ok" {
  agent_id = coder_agent.main.id
  slug     = "ok"
  url      = "http://localhost:8081"
  tooltip  = "${join("", [for i in range(2048) : "t"])}"
}
