# a local module (non-registry cases, tflint with exact = true)
module "vpc" {
  source = "./vpc"
}
