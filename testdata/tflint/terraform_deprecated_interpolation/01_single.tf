# an interpolation-only string
resource "docker_volume" "home" {
  name = "${var.volume}"
}
