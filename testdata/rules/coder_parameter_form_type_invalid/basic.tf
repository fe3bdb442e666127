data "coder_parameter" "slider_options" {
  name = "slider_options"
  type = "number"
  # expect: coder_parameter_form_type_invalid @15-23 "form_type \"slider\" of data.coder_parameter.slider_options does not suit its type: \"Invalid form_type for parameter\": \"form_type\" attribute=\"slider\" is not supported for \"type\"=\"number\" when options exist, choose one of [radio dropdown]"
  form_type = "slider"
  default   = 1
  option {
    name  = "One"
    value = 1
  }
}

data "coder_parameter" "dropdown_free" {
  name = "dropdown_free"
  # expect: coder_parameter_form_type_invalid @15-25 "is not supported for \"type\"=\"string\" when options do not exist, choose one of [input textarea]"
  form_type = "dropdown"
}

data "coder_parameter" "checkbox_string" {
  name = "checkbox_string"
  # expect: coder_parameter_form_type_invalid @15-25 "attribute=\"checkbox\" is not supported for \"type\"=\"string\", choose one of [input textarea]"
  form_type = "checkbox"
}

data "coder_parameter" "error_form" {
  name = "error_form"
  type = "bool"
  # expect: coder_parameter_form_type_invalid @15-22 "attribute=\"error\" is not supported for \"type\"=\"bool\", choose one of [checkbox switch]"
  form_type = "error"
}

data "coder_parameter" "unknown_form" {
  name = "unknown_form"
  # expect: coder_parameter_form_type_invalid @15-23 "form_type \"select\" of data.coder_parameter.unknown_form is not one the provider knows: expected form_type to be one of [\"radio\" \"slider\""
  form_type = "select"
}

data "coder_parameter" "multi_without_options" {
  name = "multi_without_options"
  type = "list(string)"
  # expect: coder_parameter_form_type_invalid @15-29 "when options do not exist, choose one of [tag-select]"
  form_type = "multi-select"
}

# Accepted.
data "coder_parameter" "ok_slider" {
  name      = "ok_slider"
  type      = "number"
  form_type = "slider"
  default   = 3
}

data "coder_parameter" "ok_textarea" {
  name      = "ok_textarea"
  form_type = "textarea"
}

data "coder_parameter" "ok_switch" {
  name      = "ok_switch"
  type      = "bool"
  form_type = "switch"
  default   = false
}

data "coder_parameter" "ok_bool_dropdown" {
  name      = "ok_bool_dropdown"
  type      = "bool"
  form_type = "dropdown"
  default   = true
  option {
    name  = "Yes"
    value = true
  }
  option {
    name  = "No"
    value = false
  }
}

data "coder_parameter" "ok_multi" {
  name      = "ok_multi"
  type      = "list(string)"
  form_type = "multi-select"
  option {
    name  = "A"
    value = "a"
  }
}

data "coder_parameter" "ok_tags" {
  name      = "ok_tags"
  type      = "list(string)"
  form_type = "tag-select"
}

locals {
  choices = ["a", "b"]
}

# Options made by a dynamic block are not counted: not checked.
data "coder_parameter" "dynamic_options" {
  name      = "dynamic_options"
  form_type = "dropdown"
  dynamic "option" {
    for_each = local.choices
    content {
      name  = option.value
      value = option.value
    }
  }
}

data "coder_parameter" "not_counted" {
  count     = 0
  name      = "not_counted"
  form_type = "checkbox"
}
