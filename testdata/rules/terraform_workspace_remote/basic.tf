terraform {
  required_version = ">= 1.0"
  backend "remote" {}
}

locals {
  # expect: terraform_workspace_remote @10-29 "terraform.workspace should not be used with a 'remote' backend"
  name = terraform.workspace
  # expect: terraform_workspace_remote @17-36
  label = "ws-${terraform.workspace}"
  other = path.module
}
