# no backend
terraform {
	required_version = ">= 1.0"
}
resource "docker_volume" "home" {
	labels = {
		ws = terraform.workspace
	}
}
