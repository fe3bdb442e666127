resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

# The duplicate is in an installed module the author cannot edit: reported at the call.
# expect: coder_agent_name_duplicate "agent name \"main\" of module.remote.coder_agent.main"
module "remote" {
  source  = "registry.example.com/acme/remote/coder"
  version = "1.0.0"
}
