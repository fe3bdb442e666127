
terraform {
	required_version = ">= 1.0"
	backend "local" {}
}

resource "null_resource" "a" {
	t = {
		w = terraform.workspace
	}
}
