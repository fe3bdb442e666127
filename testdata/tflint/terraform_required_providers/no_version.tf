
provider "template" {
  version = "2"
}
