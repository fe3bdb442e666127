variable "agent_id" {
  type = string
}

variable "slug" {
  type    = string
  default = "ide"
}

resource "coder_app" "ide" {
  agent_id = var.agent_id
  # expect: coder_app_slug_duplicate @10-18 "slug \"ide\" of module.ide.coder_app.ide is already used by coder_app.ide"
  slug = var.slug
  url  = "http://localhost:8090"
}
