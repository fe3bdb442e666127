config {
  coder_version = "2.28.1"
}
