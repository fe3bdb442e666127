# a plain reference
resource "docker_volume" "home" {
  name = var.volume
}
