data "coder_parameter" "repo" {
  name = "repo"
  validation {
    # expect: coder_parameter_regex_without_error "validation of data.coder_parameter.repo has a regex but no error message: add error = \"...\" telling users what to enter"
    regex = "^https://"
  }
}

data "coder_parameter" "empty_error" {
  name = "branch"
  validation {
    # expect: coder_parameter_regex_without_error "data.coder_parameter.empty_error"
    regex = "^[a-z]+$"
    error = ""
  }
}

# The provider only refuses an empty error: spaces are accepted.
data "coder_parameter" "blank_error" {
  name = "tag"
  validation {
    regex = "^[a-z]+$"
    error = " "
  }
}

# An empty regex is no validation.
data "coder_parameter" "empty_regex" {
  name = "any"
  validation {
    regex = ""
  }
}

# Never read at import.
data "coder_parameter" "never" {
  count = 0
  name  = "never"
  validation {
    regex = "^[a-z]+$"
  }
}

data "coder_parameter" "ok" {
  name = "name"
  validation {
    regex = "^[a-z]+$"
    error = "Use lower-case letters."
  }
}

data "coder_parameter" "cpu" {
  name = "cpu"
  type = "number"
  validation {
    min = 1
    max = 8
  }
}
