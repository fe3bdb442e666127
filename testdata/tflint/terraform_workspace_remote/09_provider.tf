# in a provider block
terraform {
	required_version = ">= 1.0"
	backend "remote" {}
}
provider "docker" {
	registry_auth	{
		address = terraform.workspace
	}
}
