variable "items" {
  type = list(string)
}

locals {
  # a legacy index with a huge exponent (found by fuzzing): the message writes it in scientific
  # notation instead of expanding a billion digits
  # expect: terraform_deprecated_index @18-30 "legacy index .2e999999999 is deprecated: write [2E+999999999]"
  far = var.items.2e999999999
}
