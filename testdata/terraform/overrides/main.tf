variable "v" {
  type        = string
  default     = "base"
  description = "base description"
}

locals {
  a = "base a"
  b = "base b"
}

resource "coder_app" "app" {
  slug = "base"
  url  = "http://localhost"

  healthcheck {
    url = "http://base"
  }

  lifecycle {
    ignore_changes        = [url]
    create_before_destroy = false
  }
}

output "o" {
  value = "base"
}
