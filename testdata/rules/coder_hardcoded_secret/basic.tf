variable "github_pat" {
  type      = string
  sensitive = true
}

variable "not_secret_default" {
  type    = string
  default = "AKIAIOSFODNN7EXAMPLQ"
}

locals {
  slack = "xoxb-123456789012-abcdefghijklmnop"
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
  env = {
    GIT_AUTHOR_NAME = "AI Bot"
    # expect: coder_hardcoded_secret "GITHUB_TOKEN in the env of agent coder_agent.main is set to what looks like a GitHub personal access token (ghp_…, 40 characters) written in the template"
    GITHUB_TOKEN = "ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5"
    # From a variable that is not sensitive: its default is in the template.
    # expect: coder_hardcoded_secret "AWS_ACCESS_KEY_ID in the env of agent coder_agent.main is set to what looks like an AWS access key id (AKIA…, 20 characters)"
    AWS_ACCESS_KEY_ID = var.not_secret_default
    # expect: coder_hardcoded_secret "SLACK_BOT in the env of agent coder_agent.main is set to what looks like a Slack token (xox…"
    SLACK_BOT = local.slack
    # Generic: a random-looking value for a name that says it is a secret.
    # expect: coder_hardcoded_secret "DB_PASSWORD in the env of agent coder_agent.main is set to what looks like a 24-character random-looking value"
    DB_PASSWORD = "Zq8#vT2!mK9$wL4@pR7&xN3%"
    # Not secrets.
    GITHUB_PAT_FROM_VAR = var.github_pat
    CACHE_KEY           = "build-cache"
    API_KEY_FILE        = "/home/coder/.config/key.json"
    PLACEHOLDER_TOKEN   = "your-token-goes-here-please"
  }
}

resource "coder_env" "anthropic" {
  agent_id = coder_agent.main.id
  name     = "ANTHROPIC_API_KEY"
  # expect: coder_hardcoded_secret @11-58 "ANTHROPIC_API_KEY in coder_env.anthropic is set to what looks like an Anthropic API key (sk-ant-…"
  value = "sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz012345"
}

resource "coder_env" "openai" {
  agent_id = coder_agent.main.id
  name     = "OPENAI_API_KEY"
  # expect: coder_hardcoded_secret @11-45 "OPENAI_API_KEY in coder_env.openai is set to what looks like an OpenAI API key (sk-…"
  value = "sk-proj-AbCdEfGhIjKlMnOpQrStUvWx"
}

resource "coder_env" "key" {
  agent_id = coder_agent.main.id
  name     = "SSH_KEY"
  # expect: coder_hardcoded_secret @11-60:6 "what looks like a private key (-----BEGIN…"
  value = <<-EOT
    -----BEGIN OPENSSH PRIVATE KEY-----
    b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
    -----END OPENSSH PRIVATE KEY-----
  EOT
}

resource "coder_env" "from_var" {
  agent_id = coder_agent.main.id
  name     = "GITHUB_TOKEN_2"
  value    = var.github_pat
}

data "coder_external_auth" "github" {
  id = "github"
}

resource "coder_env" "external" {
  agent_id = coder_agent.main.id
  name     = "GH_TOKEN"
  value    = data.coder_external_auth.github.access_token
}

resource "coder_agent" "scripted" {
  os   = "linux"
  arch = "amd64"
  # expect: coder_hardcoded_secret @20-85:6 "the startup_script of coder_agent.scripted contains what looks like a GitHub personal access token (ghp_…, 40 characters)"
  startup_script = <<-EOT
    echo "ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5" | gh auth login --with-token
  EOT
}

resource "coder_script" "aws" {
  agent_id     = coder_agent.main.id
  display_name = "AWS"
  run_on_start = true
  # expect: coder_hardcoded_secret @12-70 "the script of coder_script.aws contains what looks like an AWS access key id (AKIA…, 20 characters)"
  script = "aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLQ"
}

# Scripts reading secrets from variables or the environment are fine, and generic random-looking
# words in scripts are not reported.
resource "coder_script" "fine" {
  agent_id     = coder_agent.main.id
  display_name = "Fine"
  run_on_start = true
  script       = "echo ${var.github_pat} | gh auth login --with-token; echo q8Zv2TmK9wL4pR7xN3bY6c"
}
