# an archive over HTTPS
module "vpc" {
  source = "https://example.org/vpc-module.zip"
}
