locals {
  first = 1
  # templint-ignore: terraform_deprecated_interpolation kept for the migration script
  a = "${var.x}"
  b = "${var.x}" # templint-ignore: terraform_deprecated_interpolation same-line form
  // templint-ignore: terraform_deprecated_index, terraform_deprecated_interpolation two ids
  c = "${var.list.0}"
}

# templint-ignore: terraform_deprecated_interpolation covers the whole block
resource "coder_agent" "main" {
  os  = "linux"
  dir = "${var.x}"
  env = {
    A = "${var.x}"
  }
}

resource "coder_app" "code" {
  # templint-ignore: terraform_deprecated_interpolation the first comment in a block covers it all
  agent_id = "${coder_agent.main.id}"
  url      = "${var.url}"
}

locals {
  second = 1
  # expect: unused_suppression "terraform_deprecated_index reports nothing here"
  # templint-ignore: terraform_deprecated_index nothing to silence
  d = var.x
  # expect: unused_suppression "unknown rule terraform_deprecated_indx (did you mean terraform_deprecated_index?)"
  # templint-ignore: terraform_deprecated_indx misspelt
  e = var.list.0 # expect: terraform_deprecated_index
  # expect: unused_suppression "names no rule"
  # templint-ignore missing colon
  f = 1
  # expect: unused_suppression "terraform_deprecated_index reports nothing here"
  # expect: terraform_deprecated_interpolation
  g = "${var.x}" # templint-ignore: terraform_deprecated_index the wrong rule
}

# expect: unused_suppression "terraform_deprecated_interpolation reports nothing here"
# templint-ignore: terraform_deprecated_interpolation a blank line ends its reach

locals {
  # expect: terraform_deprecated_interpolation
  h = "${var.x}"
}

# Reads every local above, so that unused_local stays quiet in this fixture.
output "all" {
  value = [local.first, local.a, local.b, local.c, local.second, local.d, local.e, local.f, local.g, local.h]
}
