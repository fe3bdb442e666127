data "coder_parameter" "name" {
  name = "name"
  validation {
    # expect: coder_parameter_validation_invalid @11-12 "validation of data.coder_parameter.name sets min, which only a number parameter takes: the provider fails with \"a min cannot be specified for a string type\""
    min = 1
  }
}

data "coder_parameter" "flag" {
  name = "flag"
  type = "bool"
  validation {
    # expect: coder_parameter_validation_invalid @11-12 "\"a max cannot be specified for a bool type\""
    max = 5
  }
}

data "coder_parameter" "zero_min" {
  name = "zero_min"
  type = "list(string)"
  validation {
    # expect: coder_parameter_validation_invalid @11-12 "\"a min cannot be specified for a list(string) type\""
    min = 0
  }
}

data "coder_parameter" "string_monotonic" {
  name = "string_monotonic"
  validation {
    # expect: coder_parameter_validation_invalid @17-29 "\"monotonic validation can only be specified for number types, not string types\""
    monotonic = "increasing"
  }
}

data "coder_parameter" "number_regex" {
  name    = "number_regex"
  type    = "number"
  default = 1
  validation {
    # expect: coder_parameter_validation_invalid @13-22 "validation of data.coder_parameter.number_regex sets regex, which only a string parameter takes: the provider fails with \"a regex cannot be specified for a number type\""
    regex = "^[0-9]$"
    error = "One digit"
  }
}

data "coder_parameter" "monotonic_value" {
  name    = "monotonic_value"
  type    = "number"
  default = 1
  validation {
    # expect: coder_parameter_validation_invalid @17-21 "monotonic \"up\" of data.coder_parameter.monotonic_value is not allowed: the provider fails with \"number monotonicity can be either \"increasing\" or \"decreasing\"\""
    monotonic = "up"
  }
}

data "coder_parameter" "two_blocks" {
  name    = "two_blocks"
  type    = "number"
  default = 1
  validation {
    min = 0
  }
  # expect: coder_parameter_validation_invalid @3-13 "data.coder_parameter.two_blocks has 2 validation blocks: Too many validation blocks"
  validation {
    max = 9
  }
}

# Accepted.
data "coder_parameter" "ok_number" {
  name    = "ok_number"
  type    = "number"
  default = 3
  validation {
    min       = 1
    max       = 5
    monotonic = "decreasing"
  }
}

data "coder_parameter" "ok_string" {
  name    = "ok_string"
  default = "a"
  validation {
    regex = "^[a-z]$"
    error = "One letter"
    min   = null
  }
}

data "coder_parameter" "ok_empty_regex" {
  name = "ok_empty_regex"
  type = "bool"
  validation {
    regex = ""
  }
  default = true
}
