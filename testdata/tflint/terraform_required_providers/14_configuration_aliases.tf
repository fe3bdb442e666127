# an alias declared by configuration_aliases
terraform {
  required_providers {
    docker = {
      source = "kreuzwerker/docker"
      version = "~> 3.0"
      configuration_aliases = [docker.remote]
    }
  }
}

data "docker_image" "base" {
  provider = docker.remote
}
