terraform {
  required_providers {
    coder = {
      source  = "coder/coder"
      version = "~> 0.12"
    }
  }
}

# Provider 0.x accepts an empty default; 2.4.0 refuses it: a notice.
data "coder_parameter" "empty_default" {
  name = "empty"
  # expect: coder_parameter_default_not_option @13-15 "(will fail when the coder provider is upgraded to 2.4.0; the constraint \"~> 0.12\" does not allow it yet)"
  default = ""
  option {
    name  = "A"
    value = "a"
  }
}

# Checked since 0.6.14, which ~> 0.12 allows: the error stands.
data "coder_parameter" "region" {
  name = "region"
  # expect: coder_parameter_default_not_option @13-21 "default \"Europe\" of data.coder_parameter.region is not the value of any of its options (\"eu\")"
  default = "Europe"
  option {
    name  = "Europe"
    value = "eu"
  }
}
