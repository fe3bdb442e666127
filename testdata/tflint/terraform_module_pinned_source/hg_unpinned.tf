
module "m" {
  source = "hg::http://hg.example.com/vpc.hg"
}
