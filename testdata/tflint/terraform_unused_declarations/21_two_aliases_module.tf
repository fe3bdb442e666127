# two aliases passed to a module
provider "docker" {
  alias = "eu"
  host  = "ssh://eu"
}

provider "docker" {
  alias = "us"
  host  = "ssh://us"
}

module "app" {
  source = "./app"
  providers = {
    docker.first  = docker.eu
    docker.second = docker.us
  }
}
