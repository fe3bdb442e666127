
terraform {
	required_version = ">= 1.1"
	backend "remote" {}
}

resource "null_resource" "a" {
	t = {
		w = terraform.workspace
	}
}
