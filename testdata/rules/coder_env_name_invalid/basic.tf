resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_env" "dash" {
  agent_id = coder_agent.main.id
  # expect: coder_env_name_invalid @11-20 "environment variable name \"API-KEY\" of coder_env.dash is not valid: use letters, digits and underscores, not starting with a digit"
  name  = "API-KEY"
  value = "x"
}

resource "coder_env" "digit" {
  agent_id = coder_agent.main.id
  # expect: coder_env_name_invalid @11-26 "\"1PASSWORD_DIR\""
  name  = "1PASSWORD_DIR"
  value = "/tmp"
}

resource "coder_env" "empty" {
  agent_id = coder_agent.main.id
  # expect: coder_env_name_invalid @11-13 "\"\""
  name  = ""
  value = "x"
}

resource "coder_env" "ok" {
  agent_id = coder_agent.main.id
  name     = "_Private_Var2"
  value    = "x"
}

variable "name" {
  type = string
}

resource "coder_env" "unknown" {
  agent_id = coder_agent.main.id
  name     = var.name
  value    = "x"
}
