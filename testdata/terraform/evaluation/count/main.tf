variable "replicas" {
  type = number
}

resource "coder_app" "billion" {
  count    = 1e9
  agent_id = coder_agent.main.id
  slug     = "app-${count.index}"
}

resource "coder_app" "negative" {
  count    = -1
  agent_id = coder_agent.main.id
  slug     = "negative"
}

resource "coder_app" "fraction" {
  count    = 1.5
  agent_id = coder_agent.main.id
  slug     = "fraction"
}

resource "coder_app" "text" {
  count    = "many"
  agent_id = coder_agent.main.id
  slug     = "text"
}

resource "coder_app" "nothing" {
  count    = null
  agent_id = coder_agent.main.id
  slug     = "nothing"
}

resource "coder_app" "list" {
  for_each = ["a", "b"]
  agent_id = coder_agent.main.id
  slug     = each.key
}

resource "coder_app" "numbers" {
  for_each = toset([1, 2])
  agent_id = coder_agent.main.id
  slug     = "n-${each.key}"
}

resource "coder_app" "huge_set" {
  for_each = toset([for i in range(20000) : tostring(i)])
  agent_id = coder_agent.main.id
  slug     = "s-${each.key}"
}

resource "coder_app" "fine" {
  count    = "2"
  agent_id = coder_agent.main.id
  slug     = "fine-${count.index}"
}

resource "coder_app" "from_variable" {
  count    = var.replicas
  agent_id = coder_agent.main.id
  slug     = "var-${count.index}"
}

resource "coder_app" "map" {
  for_each = { a = 1, b = 2 }
  agent_id = coder_agent.main.id
  slug     = "map-${each.key}"
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

module "negative" {
  source = "./modules/noop"
  count  = -2
}

module "keys" {
  source   = "./modules/noop"
  for_each = toset(["a", "b"])
  name     = each.key
}
