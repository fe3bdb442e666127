resource "coder_agent" "main" { # expect: terraform_required_version "terraform \"required_version\" attribute is required"
  os   = "linux"
  arch = "amd64"
}
