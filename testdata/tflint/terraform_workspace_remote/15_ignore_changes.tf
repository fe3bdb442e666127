# ignore_changes with a list over lines
terraform {
  required_version = ">= 1.0"
  backend "remote" {}
}
resource "docker_container" "dev" {
  labels = {}
  lifecycle {
    ignore_changes = [
      labels
    ]
  }
}
