# A modern template: no finding.
variable "name" {
  type    = string
  default = "coder"
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
  dir  = "/home/${var.name}"
  env = {
    NAME = var.name
  }
}
