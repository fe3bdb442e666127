# meta-arguments
terraform {
	required_version = ">= 1.0"
	backend "remote" {}
}
resource "docker_container" "dev" {
  image = "ubuntu"
  lifecycle {
    ignore_changes = [image]
  }
  providers = {
    docker = docker
  }
  depends_on = [docker_volume.home]
}
