# in a nested block
resource "docker_container" "dev" {
  healthcheck {
    test = "${var.checks["http"]}"
  }
}
