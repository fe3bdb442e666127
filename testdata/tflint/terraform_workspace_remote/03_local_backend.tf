# another backend
terraform {
	required_version = ">= 1.0"
	backend "local" {}
}
resource "docker_volume" "home" {
	labels = {
		ws = terraform.workspace
	}
}
