# a range operator (tflint: exact = true)
module "vpc" {
  source = "acme/vpc/aws"
	version = "~> 2.3.4"
}
