# expect: terraform_required_version
terraform {
  required_providers {
    coder = {
      source  = "coder/coder"
      version = "2.13.1"
    }
  }
}
