# in a resource, with a remote backend
terraform {
	required_version = ">= 1.0"
	backend "remote" {}
}
resource "docker_volume" "home" {
	labels = {
		ws = terraform.workspace
	}
}
