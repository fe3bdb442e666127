# in a provider block
provider "docker" {
  host = "${var.hosts["eu"]}"
}
