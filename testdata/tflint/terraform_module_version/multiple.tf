
module "m" {
  source = "terraform-aws-modules/vpc/aws"
  version = ">= 1.0, < 2.0"
}
