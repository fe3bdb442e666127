
module "m" {
  source = "git::https://example.com/vpc.git?ref=v1.2.0"
}
