# Instances planned at import are checked one by one.
resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

# Two instances, one slug.
resource "coder_app" "web" {
  count    = 2
  agent_id = coder_agent.main.id
  # expect: coder_app_slug_duplicate @10-15 "slug \"web\" of coder_app.web[1] is already used by coder_app.web[0]"
  slug = "web"
  url  = "http://localhost:8080"
}

# One slug per instance: accepted.
resource "coder_app" "port" {
  for_each = toset(["3000", "4000"])
  agent_id = coder_agent.main.id
  slug     = "port-${each.key}"
  url      = "http://localhost:${each.key}"
}

resource "coder_app" "indexed" {
  count    = 2
  agent_id = coder_agent.main.id
  slug     = "indexed-${count.index}"
  url      = "http://localhost:500${count.index}"
}

# A module called twice declares its app twice.
module "ide" {
  count    = 2
  source   = "./modules/ide"
  agent_id = coder_agent.main.id
}
