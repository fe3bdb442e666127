# in a module call
terraform {
	required_version = ">= 1.0"
	backend "remote" {}
}
module "app" {
	source = "./app"
	ws = terraform.workspace
}
