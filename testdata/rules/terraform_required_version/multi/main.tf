module "app" { # expect: terraform_required_version
  source = "./modules/app"
}
