variable "name" {
  type = string
}

locals {
  # expect: terraform_deprecated_interpolation @11-24 "\"${var.name}\" is deprecated: write var.name"
  plain = "${var.name}"

  # Text around the interpolation, escapes and directives are real templates: no finding.
  greeting  = "Hello, ${var.name}!"
  twice     = "${var.name}${var.name}"
  escaped   = "$${var.name}"
  directive = "%{if var.name != ""}${var.name}%{endif}"
  heredoc   = <<-EOT
    ${var.name}
  EOT

  nested = {
    # expect: terraform_deprecated_interpolation @13-33 "write upper(var.name)"
    upper = "${upper(var.name)}"
  }
  list = [
    "ok",
    "${var.name}", # expect: terraform_deprecated_interpolation "write var.name"
  ]
  # expect: terraform_deprecated_interpolation @13-26 "object key \"${var.name}\" is deprecated: write (var.name)"
  keyed = { "${var.name}" = 1 }
}

resource "coder_agent" "main" {
  os = "linux"
  # expect: terraform_deprecated_interpolation @11-35 "write var.enabled ? 1 : 0"
  count = "${var.enabled ? 1 : 0}"
  dir   = "/home/${var.name}"
}
