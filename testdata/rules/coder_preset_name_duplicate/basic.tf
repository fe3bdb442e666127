data "coder_workspace_preset" "small" {
  name = "Small"
}

data "coder_workspace_preset" "small_again" {
  # expect: coder_preset_name_duplicate @10-17 "preset name \"Small\" of data.coder_workspace_preset.small_again is already used by data.coder_workspace_preset.small"
  name = "Small"
}

data "coder_workspace_preset" "large" {
  name = "Large"
}

# Never created: not checked.
data "coder_workspace_preset" "never" {
  count = 0
  name  = "Large"
}
