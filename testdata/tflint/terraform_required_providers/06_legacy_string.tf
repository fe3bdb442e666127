# a bare version string is the legacy form
terraform {
  required_providers {
    docker = "~> 3.0"
  }
}
provider "docker" {}
