
terraform {
  required_providers {
    random = {}
  }
}
resource "random_string" "x" {
  length = 16
}
