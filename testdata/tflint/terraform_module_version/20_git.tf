# a Git source
module "vpc" {
  source = "git::https://example.org/acme/vpc.git"
}
