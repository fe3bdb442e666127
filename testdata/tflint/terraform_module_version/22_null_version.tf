# version = null (not among tflint's cases)
module "vpc" {
  source = "acme/vpc/aws"
  version = null
}
