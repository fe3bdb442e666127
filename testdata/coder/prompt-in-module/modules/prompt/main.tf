locals {
  words = ["AI", "Prompt"]
}

data "coder_parameter" "whatever" {
  name = join(" ", local.words)
}
