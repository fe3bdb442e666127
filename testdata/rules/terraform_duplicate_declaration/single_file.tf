variable "region" {
  type = string
}

# expect: terraform_duplicate_declaration "variable \"region\" is declared more than once"
variable "region" {
  type = string
}

resource "coder_app" "code" {
  agent_id = "a"
  slug     = "code"
}

# expect: terraform_duplicate_declaration "resource \"coder_app\" \"code\" is declared more than once"
resource "coder_app" "code" {
  agent_id = "a"
  slug     = "code-2"
}

# Same type and name as a resource, but a data source has another address: no finding.
data "coder_app" "code" {
}

# Different names: no finding.
resource "coder_app" "other" {
  agent_id = "a"
  slug     = "other"
}

locals {
  a = 1
}

locals {
  b = 2
  # expect: terraform_duplicate_declaration "local value a is declared more than once"
  a = 3
}

output "url" {
  value = "x"
}

# expect: terraform_duplicate_declaration "output \"url\""
output "url" {
  value = "y"
}
