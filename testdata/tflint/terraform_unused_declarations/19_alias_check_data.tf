# an alias selected by a data source in a check block
provider "docker" {
  alias = "remote"
  host  = "ssh://eu"
}

check "image" {
  data "docker_image" "base" {
    provider = docker.remote
    name     = "ubuntu"
  }
}

output "image" {
  value = data.docker_image.base.id
}
