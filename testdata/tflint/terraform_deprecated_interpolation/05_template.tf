# a template with more than the interpolation
resource "docker_volume" "home" {
  name = "${var.volume}-home"
}
