variable "x" {
  default = 1
}

locals {
  l = 2
}

output "o" {
  value = 2
}

module "m" {
  source = "./m"
}

resource "coder_app" "app" {
}

data "coder_parameter" "p" {
  name = "p"
}

provider "coder" {
}

provider "coder" {
  alias = "two"
}

resourse "coder_app" "typo" {
}

required_providers {
}

stray = true
