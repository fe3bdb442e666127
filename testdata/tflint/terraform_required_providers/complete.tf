
terraform {
  required_providers {
    random = {
      source = "hashicorp/random"
      version = "~> 3"
    }
  }
}
resource "random_string" "x" {
  length = 16
}
