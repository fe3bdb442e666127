# Not meant for Tasks: nothing to say.
resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

data "coder_parameter" "region" {
  name = "Region"
}
