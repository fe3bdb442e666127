# a required_version that excludes 1.0.x
terraform {
	required_version = ">= 1.1"
	backend "remote" {}
}
resource "docker_volume" "home" {
	labels = {
		ws = terraform.workspace
	}
}
