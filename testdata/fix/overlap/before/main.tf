variable "names" {
  type = list(string)
}

locals {
  # the interpolation and the legacy index overlap: one is fixed, then the other
  first = "${var.names.0}"
}

output "first" {
  value = local.first
}
