
module "m" {
  source = "app.terraform.io/org/vpc/aws"
  version = "~> 1.0"
}
