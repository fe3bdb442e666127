terraform {
  required_version = ">= 1.0"
}

locals {
  images = { ubuntu = "ubuntu:22.04" }
  # expect: terraform_deprecated_lookup @11-41 "write local.images[\"ubuntu\"]"
  image = lookup(local.images, "ubuntu")
  with_default = lookup(local.images, "debian", "debian:12")
  # expect: terraform_deprecated_lookup @12-50 "write lookup(local.images, \"x\")[\"y\"]"
  # expect: terraform_deprecated_lookup @19-44 "write local.images[\"x\"]"
  nested = lookup(lookup(local.images, "x"), "y")
}

output "all" {
  value = [local.image, local.with_default, local.nested]
}
