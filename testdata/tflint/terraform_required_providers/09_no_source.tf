# version without source
terraform {
  required_providers {
    docker = {
      version = "~> 3.0"
    }
  }
}

provider "docker" {}
