config {
  coder_version = "2.37"
}
