# in an output
terraform {
	required_version = ">= 1.0"
	backend "remote" {}
}
output "ws" {
	value = terraform.workspace
}
