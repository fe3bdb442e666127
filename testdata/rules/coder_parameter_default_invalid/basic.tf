data "coder_parameter" "project" {
  name = "project"
  # expect: coder_parameter_default_invalid @13-21 "default \"My App\" of data.coder_parameter.project does not match its validation regex \"^[a-z0-9-]+$\": the provider fails with \"Invalid parameter default value according to 'validation' block\" (Lower-case letters, digits and hyphens (value \"My App\" does not match \"^[a-z0-9-]+$\"))"
  default = "My App"
  validation {
    regex = "^[a-z0-9-]+$"
    error = "Lower-case letters, digits and hyphens"
  }
}

# Go's $ is the end of the text: a final newline does not match (Java's $ would).
data "coder_parameter" "newline" {
  name = "newline"
  # expect: coder_parameter_default_invalid @13-20 "default \"abc\\n\" of data.coder_parameter.newline does not match"
  default = "abc\n"
  validation {
    regex = "^[a-z]+$"
    error = "Letters"
  }
}

data "coder_parameter" "password" {
  name = "password"
  # expect: coder_parameter_default_invalid @3-13 "data.coder_parameter.password has no default, so its value at import is \"\", and that value does not match its validation regex \".{8,}\": the provider fails with \"Invalid parameter value according to 'validation' block\""
  validation {
    regex = ".{8,}"
    error = "At least 8 characters"
  }
}

data "coder_parameter" "cpu" {
  name = "cpu"
  type = "number"
  # expect: coder_parameter_default_invalid @13-14 "default \"1\" of data.coder_parameter.cpu is below its validation min 2: the provider fails with \"Invalid parameter default value according to 'validation' block\" (value 1 is less than the minimum 2)"
  default = 1
  validation {
    min = 2
    max = 8
  }
}

data "coder_parameter" "disk" {
  name = "disk"
  type = "number"
  # expect: coder_parameter_default_invalid @13-16 "(value 100 is more than the maximum 50)"
  default = 100
  validation {
    min = 0
    max = 50
  }
}

data "coder_parameter" "fraction" {
  name = "fraction"
  type = "number"
  # expect: coder_parameter_default_invalid @13-16 "default \"1.5\" of data.coder_parameter.fraction is not a whole number, which a number validation needs"
  default = 1.5
  validation {
    min = 1
  }
}

data "coder_parameter" "required_number" {
  name = "required_number"
  type = "number"
  # expect: coder_parameter_default_invalid @3-13 "(value \"\" is not a number)"
  validation {
    min = 1
  }
}

data "coder_parameter" "flag" {
  name = "flag"
  type = "bool"
  # expect: coder_parameter_default_invalid @13-19 "default \"True\" of data.coder_parameter.flag is not true or false"
  default = "True"
  validation {
  }
}

# Checked per planned instance.
data "coder_parameter" "sized" {
  count = 2
  name  = "sized-${count.index}"
  type  = "number"
  # expect: coder_parameter_default_invalid @13-29 "default \"10\" of data.coder_parameter.sized[1] is above its validation max 5"
  default = count.index * 10
  validation {
    max = 5
  }
}

# Accepted.
data "coder_parameter" "ok_search" {
  name    = "ok_search"
  default = "my-app"
  validation {
    regex = "[a-z]"
    error = "A letter somewhere"
  }
}

data "coder_parameter" "ok_range" {
  name    = "ok_range"
  type    = "number"
  default = 4
  validation {
    min = 2
    max = 8
  }
}

data "coder_parameter" "ok_required_empty_matches" {
  name = "ok_required_empty_matches"
  validation {
    regex = "^[a-z]*$"
    error = "Letters"
  }
}

data "coder_parameter" "ok_no_validation" {
  name = "ok_no_validation"
  type = "number"
}

# Not sure how Go folds non-ASCII text: not checked.
data "coder_parameter" "unsure" {
  name    = "unsure"
  default = "Ǆ"
  validation {
    regex = "(?i)ǆ"
    error = "Dz"
  }
}

data "coder_parameter" "never" {
  count   = 0
  name    = "never"
  default = "A"
  validation {
    regex = "^[a-z]$"
    error = "Lower"
  }
}
