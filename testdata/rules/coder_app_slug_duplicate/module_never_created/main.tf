# The module is called with count = 0: its app is never created.
resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_app" "ide" {
  agent_id = coder_agent.main.id
  slug     = "ide"
  url      = "http://localhost:8080"
}

variable "use_module" {
  type    = bool
  default = false
}

module "ide" {
  count    = var.use_module ? 1 : 0
  source   = "./modules/ide"
  agent_id = coder_agent.main.id
}

resource "coder_app" "ide_again" {
  agent_id = coder_agent.main.id
  # expect: coder_app_slug_duplicate @10-15 "slug \"ide\" of coder_app.ide_again is already used by coder_app.ide"
  slug = "ide"
  url  = "http://localhost:8081"
}
