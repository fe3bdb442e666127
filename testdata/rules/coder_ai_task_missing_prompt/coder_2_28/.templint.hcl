config {
  coder_version = "2.28"
}
