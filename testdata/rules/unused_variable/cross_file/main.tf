resource "docker_container" "workspace" {
  image = var.image
}
