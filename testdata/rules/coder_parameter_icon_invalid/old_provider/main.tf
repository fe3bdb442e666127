terraform {
  required_providers {
    coder = {
      source  = "coder/coder"
      version = ">= 2.0.0, < 2.9.0"
    }
  }
}

data "coder_parameter" "region" {
  name = "region"
  # expect: coder_parameter_icon_invalid @10-25 "(will fail when the coder provider is upgraded to 2.9.0; the constraint \">= 2.0.0, < 2.9.0\" does not allow it yet)"
  icon = "/icon/50%.svg"
}
