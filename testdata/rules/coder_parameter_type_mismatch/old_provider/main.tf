terraform {
  required_providers {
    coder = {
      source  = "coder/coder"
      version = "~> 2.3.0"
    }
  }
}

# Provider 2.3 skips an empty default; 2.4.0 refuses it.
data "coder_parameter" "empty_number" {
  name = "empty_number"
  type = "number"
  # expect: coder_parameter_type_mismatch @13-15 "(will fail when the coder provider is upgraded to 2.4.0; the constraint \"~> 2.3.0\" does not allow it yet)"
  default = ""
}

data "coder_parameter" "cpu" {
  name = "cpu"
  type = "number"
  # expect: coder_parameter_type_mismatch @13-18 "default \"abc\" of data.coder_parameter.cpu is not a number: the provider fails with \"Parameter value is not of type \"number\"\" (\"abc\" is not a number)"
  default = "abc"
}
