data "coder_parameter" "cpu" {
  name = "cpu"
  type = "number"
  # expect: coder_parameter_type_mismatch @13-18 "default \"abc\" of data.coder_parameter.cpu is not a number: the provider fails with \"Parameter value is not of type \"number\"\" (\"abc\" is not a number)"
  default = "abc"
}

data "coder_parameter" "decimal_comma" {
  name = "decimal_comma"
  type = "number"
  # expect: coder_parameter_type_mismatch @13-18 "default \"1,5\""
  default = "1,5"
}

data "coder_parameter" "flag" {
  name = "flag"
  type = "bool"
  # expect: coder_parameter_type_mismatch @13-18 "(\"yes\" is not a bool)"
  default = "yes"
}

data "coder_parameter" "list" {
  name = "list"
  type = "list(string)"
  # expect: coder_parameter_type_mismatch @13-18 "(value \"a,b\" is not a valid list of strings)"
  default = "a,b"
}

data "coder_parameter" "empty_number" {
  name = "empty_number"
  type = "number"
  # expect: coder_parameter_type_mismatch @13-15 "default \"\" of data.coder_parameter.empty_number is not a number"
  default = ""
}

data "coder_parameter" "bad_option" {
  name    = "bad_option"
  type    = "number"
  default = 2
  option {
    name  = "Two"
    value = 2
  }
  option {
    name = "Many"
    # expect: coder_parameter_type_mismatch @13-19 "option value \"many\" of data.coder_parameter.bad_option is not a number: the provider fails with \"Option \"Many\" with value=\"many\" is not of type \"number\"\""
    value = "many"
  }
}

data "coder_parameter" "list_options" {
  name    = "list_options"
  type    = "list(string)"
  default = jsonencode(["a"])
  option {
    name = "A"
    # expect: coder_parameter_type_mismatch @13-16 "option value \"a\" of data.coder_parameter.list_options is not a list(string)"
    value = "a"
  }
}

data "coder_parameter" "unknown_type" {
  name = "unknown_type"
  # expect: coder_parameter_type_mismatch @10-24 "type \"list(number)\" of data.coder_parameter.unknown_type is not one the provider knows"
  type = "list(number)"
}

# One finding per planned instance's parameter: count = 2 is checked, count = 0 is not.
data "coder_parameter" "counted" {
  count = 2
  name  = "counted-${count.index}"
  type  = "number"
  # expect: coder_parameter_type_mismatch @13-30 "default \"n0\" of data.coder_parameter.counted[0] is not a number"
  default = "n${count.index}"
}

data "coder_parameter" "never" {
  count   = 0
  name    = "never"
  type    = "number"
  default = "abc"
}

# Accepted: Go's ParseFloat and ParseBool forms, JSON lists, multi-select string options.
data "coder_parameter" "ok_number" {
  name    = "ok_number"
  type    = "number"
  default = "-1.5e3"
}

data "coder_parameter" "ok_inf" {
  name    = "ok_inf"
  type    = "number"
  default = "Inf"
}

data "coder_parameter" "ok_bool" {
  name    = "ok_bool"
  type    = "bool"
  default = "True"
}

data "coder_parameter" "ok_bool_1" {
  name    = "ok_bool_1"
  type    = "bool"
  default = 1
}

data "coder_parameter" "ok_list" {
  name    = "ok_list"
  type    = "list(string)"
  default = jsonencode(["a", "b"])
}

data "coder_parameter" "ok_multi" {
  name      = "ok_multi"
  type      = "list(string)"
  form_type = "multi-select"
  default   = jsonencode(["a"])
  option {
    name  = "A"
    value = "a"
  }
}

data "coder_parameter" "ok_string" {
  name    = "ok_string"
  default = ""
}

data "coder_parameter" "ok_no_default" {
  name = "ok_no_default"
  type = "number"
}

variable "unknown" {
  type = string
}

data "coder_parameter" "not_known" {
  name    = "not_known"
  type    = "number"
  default = var.unknown
}
