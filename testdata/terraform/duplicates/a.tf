variable "x" {
}

locals {
  l = 1
}

output "o" {
  value = 1
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
