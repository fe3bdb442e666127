locals {
  unused_a = local.unused_b
  unused_b = "${local.unused_a}-x"
  fine     = "fine"
}

module "left" {
  source = "./modules/echo"
  in     = module.right.out
}

module "right" {
  source = "./modules/echo"
  in     = module.left.out
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
  env = {
    FINE = local.fine
  }
}
