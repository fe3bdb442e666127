# a resource selecting another provider by reference
terraform {
  required_providers {
    aws = {
      version = "~> 5.0"
	}
  }
}

resource "aws_instance" "dev" {
  provider = awscc
}
