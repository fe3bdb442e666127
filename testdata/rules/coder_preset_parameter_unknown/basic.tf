data "coder_parameter" "region" {
  name    = "Region"
  type    = "string"
  default = "eu"
}

data "coder_parameter" "size" {
  name    = "size"
  type    = "string"
  default = "small"
}

data "coder_workspace_preset" "by_label" {
  name = "By label"
  # expect: coder_preset_parameter_unknown @16-19:4 "preset data.coder_workspace_preset.by_label sets parameter \"region\" that no coder_parameter of the template declares (by name)"
  parameters = {
    region = "us"
    size   = "large"
  }
}

data "coder_workspace_preset" "ok" {
  name = "OK"
  parameters = {
    Region = "us"
    size   = "large"
  }
}
