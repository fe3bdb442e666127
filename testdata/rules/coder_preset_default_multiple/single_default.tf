data "coder_workspace_preset" "small" {
  name    = "Small"
  default = true
}

data "coder_workspace_preset" "large" {
  name    = "Large"
  default = false
}
