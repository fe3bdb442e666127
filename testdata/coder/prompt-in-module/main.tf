# The "AI Prompt" parameter lives in a child module, its name computed from a local; the label does not matter.
resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

module "prompt" {
  source = "./modules/prompt"
}

resource "coder_app" "agent" {
  agent_id = coder_agent.main.id
  slug     = "agent"
  url      = "http://localhost:3284"
}

resource "coder_ai_task" "task" {
  sidebar_app {
    id = coder_app.agent.id
  }
}

data "coder_parameter" "ai_prompt_lookalike" {
  name = "AI prompt"
}
