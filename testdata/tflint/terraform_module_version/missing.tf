
module "m" {
  source = "terraform-aws-modules/vpc/aws"
}
