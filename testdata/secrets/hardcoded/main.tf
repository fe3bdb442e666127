# Secrets written into the template: reports must never repeat them.
terraform {
  required_providers {
    coder = {
      source = "coder/coder"
    }
  }
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
  env = {
    GIT_AUTHOR_NAME = "AI Bot"
    GITHUB_TOKEN    = "ghp_Q7wE9rT2yU4iO6pA8sD0fG3hJ5kL1zX7cV9b"
    DB_PASSWORD     = "Xk9#mP2$vL5nQ8@wR4tY"
  }
}

resource "coder_env" "anthropic" {
  agent_id = coder_agent.main.id
  name     = "ANTHROPIC_API_KEY"
  value    = "sk-ant-api03-Zq8Wx7Ec6Rv5Tb4Yn3Um2Ik1Ol0Pz9"
}
