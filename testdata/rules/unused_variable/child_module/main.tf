# Setting a child module's variable is not reading it: the child's own code must use it.
module "app" {
  source = "./modules/app"
  name   = "code"
  port   = 8080
}
