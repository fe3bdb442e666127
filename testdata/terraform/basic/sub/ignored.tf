resource "coder_agent" "main" {}
