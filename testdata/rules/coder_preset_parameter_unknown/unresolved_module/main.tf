# The module is not downloaded: it may declare the parameter, so nothing is reported.
module "params" {
  source  = "registry.coder.com/example/params/coder"
  version = "1.0.0"
}

data "coder_workspace_preset" "p" {
  name = "P"
  parameters = {
    region = "eu"
  }
}
