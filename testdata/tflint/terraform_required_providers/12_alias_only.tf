# a provider block with an alias only
provider "docker" {
  alias = "remote"
}
