# in locals
terraform {
	required_version = ">= 1.0"
	backend "remote" {}
}
locals {
	ws = terraform.workspace
}
