# a variable read by a provider block
variable "docker_host" {}
provider "docker" {
  host = var.docker_host
}
