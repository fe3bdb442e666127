terraform {
  required_providers {
    coder = {
      source  = "coder/coder"
      version = "2.13.1"
    }
    # expect: terraform_required_providers @14-22 "Legacy version constraint for provider \"docker\""
    docker = "~> 3.0"
    # expect: terraform_required_providers @14-12:6 "Missing version constraint for provider \"random\""
    random = {
      source = "hashicorp/random"
    }
    # expect: terraform_required_providers @12-16:6 "Missing `source` for provider \"null\""
    null = {
      version = "3.2.0"
    }
    terraform = {
      source = "terraform.io/builtin/terraform"
    }
  }
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "docker_container" "dev" {
  image = "ubuntu"
}

resource "random_id" "x" {
  byte_length = 4
}

resource "null_resource" "x" {}

resource "terraform_data" "x" {}

# expect: terraform_required_providers "Missing version constraint for provider \"http\" in `required_providers`"
data "http" "probe" {
  url = "https://example.com"
}

# expect: terraform_required_providers "Missing version constraint for provider \"kubernetes\""
# expect: terraform_required_providers "provider version constraint should be specified via `required_providers`"
provider "kubernetes" {
  version = "2.0"
}
