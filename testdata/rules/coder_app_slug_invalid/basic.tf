resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

locals {
  app_slug = "Web_UI"
}

resource "coder_app" "code" {
  agent_id = coder_agent.main.id
  # expect: coder_app_slug_invalid @10-19 "slug \"VS_Code\" of coder_app.code is not a valid slug: use lower-case letters, digits and single hyphens, e.g. \"vs-code\""
  slug = "VS_Code"
  url  = "http://localhost:8080"
}

resource "coder_app" "web" {
  agent_id = coder_agent.main.id
  # Known statically through a local value.
  # expect: coder_app_slug_invalid @10-24 "slug \"Web_UI\" of coder_app.web"
  slug = local.app_slug
  url  = "http://localhost:3000"
}

resource "coder_app" "trailing" {
  agent_id = coder_agent.main.id
  # expect: coder_app_slug_invalid @10-17 "slug \"code-\""
  slug = "code-"
  url  = "http://localhost:3001"
}

# Valid slugs.
resource "coder_app" "ok" {
  agent_id = coder_agent.main.id
  slug     = "code-server-2"
  url      = "http://localhost:8081"
}

# Not known statically: not checked.
data "coder_parameter" "slug" {
  name    = "slug"
  default = "X_Y"
}

variable "slug" {
  type = string
}

resource "coder_app" "unknown" {
  agent_id = coder_agent.main.id
  slug     = var.slug
  url      = "http://localhost:8082"
}
