# as an object key
resource "docker_container" "dev" {
  labels = {
    "${var.label}" = "dev"
  }
}
