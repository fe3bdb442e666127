# expect: coder_agent_name_invalid @24-33 "agent name \"dev_box\" of coder_agent.dev_box is rejected by Coder: use letters, digits and single hyphens, e.g. \"dev-box\""
resource "coder_agent" "dev_box" {
  os   = "linux"
  arch = "amd64"
}

# expect: coder_agent_name_invalid @24-40 "\"double--hyphen\""
resource "coder_agent" "double--hyphen" {
  os   = "linux"
  arch = "amd64"
}

# expect: coder_agent_name_invalid @24-35 "\"trailing-\""
resource "coder_agent" "trailing-" {
  os   = "linux"
  arch = "amd64"
}

# Valid: letters (any case), digits and single hyphens.
resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_agent" "Dev-Box-2" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_agent" "a" {
  os   = "linux"
  arch = "amd64"
}

# Not an agent.
resource "coder_app" "my_app" {
  agent_id = coder_agent.main.id
  slug     = "app"
}
