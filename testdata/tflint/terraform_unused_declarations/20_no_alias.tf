# a provider without alias is not checked
provider "docker" {
  host = "ssh://eu"
}
