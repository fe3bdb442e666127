# an unused provider alias
provider "docker" {
  registry_auth {}
  alias     = "remote_eu"
  host      = ""
}
