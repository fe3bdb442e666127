
terraform {
	backend "local" {
		path = "state/terraform.tfstate"
	}
}
terraform {
  required_version = ">= 1.5"
}
