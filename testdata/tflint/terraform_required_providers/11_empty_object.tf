# an empty entry: neither source nor version
terraform {
  required_providers {
    docker = {}
  }
}

provider "docker" {}
