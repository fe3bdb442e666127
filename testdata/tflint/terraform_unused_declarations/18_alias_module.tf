# an alias passed to a module
provider "docker" {
  alias = "remote"
  host  = "ssh://eu"
}

module "app" {
  source = "./app"
  providers = {
    docker = docker.remote
  }
}
