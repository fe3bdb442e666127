data "coder_parameter" "region" {
  name = "region"
  # The option's name, not its value.
  # expect: coder_parameter_default_not_option @13-21 "default \"Europe\" of data.coder_parameter.region is not the value of any of its options (\"eu\", \"us\")"
  default = "Europe"
  option {
    name  = "Europe"
    value = "eu"
  }
  option {
    name  = "United States"
    value = "us"
  }
}

data "coder_parameter" "cpu" {
  name = "cpu"
  type = "number"
  # expect: coder_parameter_default_not_option @13-14 "default \"3\""
  default = 3
  option {
    name  = "2 cores"
    value = 2
  }
  option {
    name  = "4 cores"
    value = 4
  }
}

# Accepted.
data "coder_parameter" "ok" {
  name    = "ok"
  type    = "number"
  default = 4
  option {
    name  = "4 cores"
    value = 4
  }
}

data "coder_parameter" "multi" {
  name    = "tools"
  type    = "list(string)"
  default = jsonencode(["a"])
  option {
    name  = "A"
    value = "x"
  }
}

data "coder_parameter" "no_options" {
  name    = "free"
  default = "anything"
}

data "coder_parameter" "empty_default" {
  name    = "empty"
  default = ""
  option {
    name  = "A"
    value = "a"
  }
}
