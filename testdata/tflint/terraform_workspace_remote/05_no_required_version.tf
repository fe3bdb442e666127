# no required_version
terraform {
	backend "remote" {}
}
resource "docker_volume" "home" {
	labels = {
		ws = terraform.workspace
	}
}
