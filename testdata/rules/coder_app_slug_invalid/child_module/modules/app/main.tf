variable "agent_id" {
  type = string
}

variable "slug" {
  type = string
}

resource "coder_app" "app" {
  agent_id = var.agent_id
  # The value comes from the module call.
  # expect: coder_app_slug_invalid @10-18 "slug \"My App\" of module.app.coder_app.app is not a valid slug: use lower-case letters, digits and single hyphens, e.g. \"my-app\""
  slug = var.slug
  url  = "http://localhost:8080"
}
