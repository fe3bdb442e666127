# version and alias in the provider block
terraform {
  required_providers {
    docker = {
      source = "kreuzwerker/docker"
      version = "~> 3.0"
    }
  }
}

provider "docker" {
  alias   = "remote"
  version = "~> 3.0"
}
