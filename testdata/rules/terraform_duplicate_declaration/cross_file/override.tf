# Override files redeclare blocks on purpose: no finding.
resource "coder_agent" "main" {
  arch = "arm64"
}
