resource "coder_agent" "bad" {
  os   = "linux"
  arch = "amd64"
  # expect: coder_agent_api_key_scope_invalid @19-28 "api_key_scope \"no-user\" of coder_agent.bad is not allowed"
  api_key_scope = "no-user"
}

# Values are exact: the provider compares case-sensitively.
resource "coder_agent" "upper" {
  os   = "linux"
  arch = "amd64"
  # expect: coder_agent_api_key_scope_invalid @19-24 "api_key_scope \"ALL\" of coder_agent.upper"
  api_key_scope = "ALL"
}

resource "coder_agent" "ok" {
  os            = "linux"
  arch          = "amd64"
  api_key_scope = "no_user_data"
}

resource "coder_agent" "default" {
  os   = "linux"
  arch = "amd64"
}

variable "scope" {
  type = string
}

# Not known statically: not checked.
resource "coder_agent" "unknown" {
  os            = "linux"
  arch          = "amd64"
  api_key_scope = var.scope
}

# Never created: not checked.
resource "coder_agent" "never" {
  count         = 0
  os            = "linux"
  arch          = "amd64"
  api_key_scope = "bogus"
}
