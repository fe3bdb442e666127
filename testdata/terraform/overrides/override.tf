variable "v" {
  default = "override"
}

locals {
  b = "override b"
}

resource "coder_app" "app" {
  slug = "overridden"

  healthcheck {
    url = "http://override"
  }

  lifecycle {
    create_before_destroy = true
  }
}

output "missing" {
  value = "no base"
}
