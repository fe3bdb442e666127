
module "m" {
  source = "git@github.com:org/vpc.git?ref=master"
}
