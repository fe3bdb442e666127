# a GitHub source
module "vpc" {
  source = "github.com/acme/terraform-aws-vpc"
}
