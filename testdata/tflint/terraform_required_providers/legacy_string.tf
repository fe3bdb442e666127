
terraform {
  required_providers {
    random = "~> 3"
  }
}
resource "random_string" "x" {
  length = 16
}
