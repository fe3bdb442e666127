resource "coder_agent" "dev" {
  os   = "linux"
  arch = "amd64"
}

module "dev" {
  source = "./modules/dev"
}
