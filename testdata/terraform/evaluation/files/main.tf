locals {
  traversal = file("../../etc/passwd")
  absolute  = file("/etc/passwd")
  fallback  = try(file("/etc/hostname"), "none")
  present   = file("${path.module}/scripts/run.sh")
  missing   = file("${path.module}/scripts/not-uploaded.sh")
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
  env = {
    A = local.traversal
    B = local.absolute
  }
}

resource "coder_script" "setup" {
  agent_id     = coder_agent.main.id
  display_name = "Setup"
  script       = templatefile("/opt/setup.sh.tftpl", { user = "coder" })
}

module "disabled" {
  source = "./modules/reader"
  count  = 0
  path   = "/etc/shadow"
}
