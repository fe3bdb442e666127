
terraform {
	backend "remote" {}
}

resource "null_resource" "a" {
	t = {
		w = terraform.workspace
	}
}
