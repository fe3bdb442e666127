variable "region" {
  type = string
}

# expect: terraform_duplicate_declaration "Duplicate variable declaration; A variable named \"region\" was already declared at single_file.tf:1,1-18. Variable names must be unique within a module."
variable "region" {
  type = string
}

resource "coder_app" "code" {
  agent_id = "a"
  slug     = "code"
}

# expect: terraform_duplicate_declaration "Duplicate resource \"coder_app\" configuration; A coder_app resource named \"code\" was already declared at single_file.tf:10,1-28. Resource names must be unique per type in each module."
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
  # expect: terraform_duplicate_declaration "Duplicate local value definition; A local value named \"a\""
  a = 3
}

output "url" {
  value = "x"
}

# expect: terraform_duplicate_declaration "Duplicate output definition; An output named \"url\""
output "url" {
  value = "y"
}

provider "coder" {
}

# A second default configuration of a provider is a duplicate; an aliased one is not.
# expect: terraform_duplicate_declaration "Duplicate provider configuration; A default (non-aliased) provider configuration for \"coder\""
provider "coder" {
}

provider "coder" {
  alias = "other"
}
