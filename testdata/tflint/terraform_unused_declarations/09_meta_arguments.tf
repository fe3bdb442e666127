# meta-arguments around a read
variable "read" {}
resource "docker_container" "dev" {
  labels = {
    owner = var.read
  }

  lifecycle {
    ignore_changes = [labels]
  }
  providers = {
    docker = docker
  }
  depends_on = [docker_image.base]
}
