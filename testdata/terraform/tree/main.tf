variable "secret" {
  type      = string
  sensitive = true
  default   = "s3cr3t"
}

resource "coder_agent" "main" {
  arch = "amd64"
  os   = "linux"
}

module "agent" {
  source   = "./modules/agent"
  agent_id = coder_agent.main.id
  token    = var.secret
}

module "remote" {
  source  = "registry.coder.com/coder/remote/coder"
  version = "1.2.0"
}

module "missing" {
  source  = "registry.coder.com/coder/missing/coder"
  version = "2.0.0"
}

module "escape" {
  source = "../../outside"
}

module "loop" {
  source = "./modules/loop"
}

module "nodir" {
  source = "./modules/nope"
}

output "from_agent" {
  value = module.agent.env_name
}

output "from_missing" {
  value = module.missing.anything
}
