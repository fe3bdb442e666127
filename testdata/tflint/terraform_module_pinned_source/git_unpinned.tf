
module "m" {
  source = "git::https://example.com/vpc.git"
}
