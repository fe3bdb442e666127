# several constraints (tflint: exact = true)
module "vpc" {
  source = "acme/vpc/aws"
	version = "2.3.4, 2.3.5"
}
