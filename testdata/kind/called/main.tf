data "coder_parameter" "ai_prompt" {
  name    = "AI Prompt"
  type    = "string"
  default = ""
  mutable = true
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "web" {
  agent_id = coder_agent.main.id
  slug     = "web"
  url      = "http://localhost:3284"
}

module "tool" {
  source = "./modules/tool"
  app_id = coder_app.web.id
}
