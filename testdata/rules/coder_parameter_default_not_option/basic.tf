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
  name = "empty"
  # expect: coder_parameter_default_not_option @13-15 "default of data.coder_parameter.empty_default is empty, which is none of its option values (\"a\")"
  default = ""
  option {
    name  = "A"
    value = "a"
  }
}

data "coder_parameter" "multi_select" {
  name      = "ides"
  type      = "list(string)"
  form_type = "multi-select"
  # expect: coder_parameter_default_not_option @13-41 "has \"idea\", not the value of any of its options (\"code\", \"vim\")"
  default = jsonencode(["code", "idea"])
  option {
    name  = "VS Code"
    value = "code"
  }
  option {
    name  = "Vim"
    value = "vim"
  }
}

data "coder_parameter" "multi_select_ok" {
  name      = "ides_ok"
  type      = "list(string)"
  form_type = "multi-select"
  default   = jsonencode(["code", "vim"])
  option {
    name  = "VS Code"
    value = "code"
  }
  option {
    name  = "Vim"
    value = "vim"
  }
}

data "coder_parameter" "multi_select_not_json" {
  name      = "ides_text"
  type      = "list(string)"
  form_type = "multi-select"
  # expect: coder_parameter_default_not_option @13-19 "is not a JSON-encoded list of strings"
  default = "code"
  option {
    name  = "VS Code"
    value = "code"
  }
}

# No default: the parameter is required, nothing to check at import.
data "coder_parameter" "required" {
  name = "required"
  option {
    name  = "A"
    value = "a"
  }
}

# Not read at import.
data "coder_parameter" "never" {
  count   = 0
  name    = "never"
  default = "Europe"
  option {
    name  = "Europe"
    value = "eu"
  }
}
