# inside a tuple
resource "docker_container" "dev" {
  dns = ["${var.resolver}"]
}
