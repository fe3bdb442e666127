# a provider whose source is builtin
terraform {
  required_providers {
    test = {
      source = "terraform.io/builtin/test"
    }
  }
}
resource "test_assertions" "check" {}
