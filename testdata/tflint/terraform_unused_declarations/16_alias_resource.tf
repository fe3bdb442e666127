# an alias selected by a resource
provider "docker" {
  registry_auth {}
  alias     = "remote_eu"
  host      = ""
}

resource "docker_volume" "home" {
  name     = "home"
  provider = docker.remote_eu
}
