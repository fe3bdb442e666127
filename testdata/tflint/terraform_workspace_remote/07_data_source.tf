# in a data source
terraform {
	required_version = ">= 1.0"
	backend "remote" {}
}
data "docker_image" "base" {
	labels = {
		ws = terraform.workspace
	}
}
