# an alias selected by a data source
provider "docker" {
  alias = "remote"
  host  = "ssh://eu"
}

data "docker_image" "base" {
  provider = docker.remote
  name     = "ubuntu"
}

output "image" {
  value = data.docker_image.base.id
}
