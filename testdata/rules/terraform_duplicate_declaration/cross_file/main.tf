module "code_server" {
  source = "registry.coder.com/coder/code-server/coder"
}

resource "coder_agent" "main" {
  os = "linux"
}
