
terraform {
	required_version = ">= 1.0"
	backend "remote" {}
}

resource "null_resource" "a" {
	t = {
		w = terraform.workspace
	}
}
