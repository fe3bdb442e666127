# a string and another reference
terraform {
	required_version = ">= 1.0"
	backend "remote" {}
}
locals {
	name = "terraform.workspace"
	dir  = path.module
}
