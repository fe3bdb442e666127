# Agent env built with merge(), locals and a module output; secrets from external auth and the owner.
variable "extra_env" {
  type    = map(string)
  default = {}
}

variable "vault_token" {
  type      = string
  sensitive = true
  default   = "dev-only"
}

data "coder_workspace_owner" "me" {}

data "coder_secret" "npm" {
  env = "NPM_TOKEN"
}

data "coder_external_auth" "github" {
  id = "github"
}

locals {
  base_env = {
    GIT_AUTHOR_NAME  = "AI Bot"
    GIT_AUTHOR_EMAIL = "bot@example.com"
  }
  token_name = "GITHUB_TOKEN"
}

module "identity" {
  source = "./modules/identity"
  email  = "committer@example.com"
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
  env = merge(local.base_env, module.identity.env, {
    (local.token_name)  = data.coder_external_auth.github.access_token
    CODER_SESSION_TOKEN = data.coder_workspace_owner.me.session_token
    VAULT_TOKEN         = var.vault_token
    OWNER               = data.coder_workspace_owner.me.name
    NPM_TOKEN           = data.coder_secret.npm.env
  }, var.extra_env, data.coder_workspace_owner.me.rbac_roles)
}

output "vault" {
  value     = var.vault_token
  sensitive = true
}
