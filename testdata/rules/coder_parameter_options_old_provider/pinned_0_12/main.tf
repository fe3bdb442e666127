terraform {
  required_providers {
    coder = {
      source  = "coder/coder"
      version = "~> 0.12.0"
    }
  }
}

data "coder_parameter" "size" {
  name    = "size"
  default = "s"
  option {
    name  = "Small"
    value = "s"
  }
  # expect: coder_parameter_options_old_provider @3-13 "data.coder_parameter.size has both option and validation blocks, which the provider releases the constraint \"~> 0.12.0\" allows (before 0.19.0) refuse: \"option\": conflicts with validation"
  validation {
    regex = "^[a-z]$"
    error = "One letter"
  }
}

data "coder_parameter" "never" {
  count   = 0
  name    = "never"
  default = "s"
  option {
    name  = "Small"
    value = "s"
  }
  validation {
    regex = "^[a-z]$"
    error = "One letter"
  }
}
