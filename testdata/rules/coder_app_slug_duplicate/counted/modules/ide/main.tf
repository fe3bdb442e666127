variable "agent_id" {
  type = string
}

resource "coder_app" "ide" {
  agent_id = var.agent_id
  # expect: coder_app_slug_duplicate @10-15 "slug \"ide\" of module.ide[1].coder_app.ide is already used by module.ide[0].coder_app.ide"
  slug = "ide"
  url  = "http://localhost:8090"
}
