# a wrap inside a wrap
resource "docker_volume" "home" {
  name = "${"${var.volume}"}"
}
