resource "coder_agent" "bad" {
  os   = "linux"
  arch = "amd64"
  # expect: coder_agent_auth_invalid @10-15 "auth \"gcp\" of coder_agent.bad is not allowed"
  auth = "gcp"
}

resource "coder_agent" "ok" {
  os   = "linux"
  arch = "amd64"
  auth = "aws-instance-identity"
}
