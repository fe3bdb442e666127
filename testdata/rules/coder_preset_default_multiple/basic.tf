data "coder_workspace_preset" "small" {
  name    = "Small"
  default = true
}

data "coder_workspace_preset" "medium" {
  name = "Medium"
}

data "coder_workspace_preset" "large" {
  name = "Large"
  # expect: coder_preset_default_multiple @13-17 "preset data.coder_workspace_preset.large is marked default, and so is data.coder_workspace_preset.small: at most one preset can be the default"
  default = true
}

data "coder_workspace_preset" "xl" {
  name    = "XL"
  default = false
}

# Never created: ignored.
data "coder_workspace_preset" "disabled" {
  count   = 0
  name    = "Disabled"
  default = true
}
