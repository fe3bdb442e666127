# no version
module "vpc" {
  source = "acme/vpc/aws"
}
