# a resource selecting another provider by a string
terraform {
  required_providers {
    aws = {
      version = "~> 5.0"
    }
  }
}

resource "aws_instance" "dev" {
  provider = "awscc"
}
