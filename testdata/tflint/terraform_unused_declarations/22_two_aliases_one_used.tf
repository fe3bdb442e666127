# two aliases, one selected
provider "docker" {
  alias = "eu"
  host  = "ssh://eu"
}

provider "docker" {
  alias = "us"
  host  = "ssh://us"
}

resource "docker_volume" "home" {
  provider = docker.us
  name     = "home"
}
