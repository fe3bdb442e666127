# a variable read by a resource
variable "read" {}
resource "docker_container" "dev" {
  labels = {
    owner = var.read
  }
}
