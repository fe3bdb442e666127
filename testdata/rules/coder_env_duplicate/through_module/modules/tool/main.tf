variable "agent_id" {
  type = string
}

resource "coder_env" "base_url" {
  agent_id = var.agent_id
  # expect: coder_env_duplicate @14-31 "environment variable OPENAI_BASE_URL of agent coder_agent.main is set by module.tool.coder_env.base_url and already by the env of coder_agent.main"
  name     = "OPENAI_BASE_URL"
  value    = "https://api.openai.com"
}

resource "coder_env" "home" {
  agent_id = var.agent_id
  name     = "TOOL_HOME"
  value    = "/opt/tool"
}
