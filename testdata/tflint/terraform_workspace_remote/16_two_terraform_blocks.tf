# two required_version constraints that together exclude 1.0.x
terraform {
	required_version = "< 1.9"
	backend "remote" {}
}
terraform {
	required_version = ">= 1.1"
}
resource "docker_volume" "home" {
	labels = {
		ws = terraform.workspace
	}
}
