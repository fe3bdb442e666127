resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
  env = {
    GIT_AUTHOR_NAME = "AI Bot"
    EDITOR          = "vim"
    PATH            = "/usr/bin"
  }
}

resource "coder_agent" "other" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_env" "editor" {
  agent_id = coder_agent.main.id
  # expect: coder_env_duplicate @14-22 "environment variable EDITOR of agent coder_agent.main is set by coder_env.editor and already by the env of coder_agent.main: keep one of them"
  name     = "EDITOR"
  value    = "nano"
}

resource "coder_env" "token" {
  agent_id = coder_agent.main.id
  name     = "TOOL_HOME"
  value    = "/opt/tool"
}

resource "coder_env" "token_again" {
  agent_id = coder_agent.main.id
  # expect: coder_env_duplicate @14-25 "environment variable TOOL_HOME of agent coder_agent.main is set by coder_env.token_again and already by coder_env.token"
  name     = "TOOL_HOME"
  value    = "/opt/tool2"
}

# Meant to combine with the earlier value.
resource "coder_env" "path" {
  agent_id       = coder_agent.main.id
  name           = "PATH"
  value          = "/opt/tool/bin"
  merge_strategy = "append"
}

# Another agent: no conflict.
resource "coder_env" "editor_other" {
  agent_id = coder_agent.other.id
  name     = "EDITOR"
  value    = "nano"
}
