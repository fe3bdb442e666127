
terraform {
	required_version = ">= 1.0"
	backend "remote" {}
}

locals {
	w = terraform.workspace
}
