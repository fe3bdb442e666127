# An ordinary workspace template: no Task.
resource "coder_agent" "dev" {
  os   = "linux"
  arch = "amd64"
  env = {
    EDITOR = "vim"
  }
}

resource "coder_env" "lang" {
  agent_id = coder_agent.dev.id
  name     = "LANG"
  value    = "C.UTF-8"
}
