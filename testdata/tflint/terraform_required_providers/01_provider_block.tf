# no version: a provider block and nothing else
provider "docker" {}
