data "coder_parameter" "region" {
  name    = "region"
  type    = "string"
  default = "eu"
}

data "coder_workspace" "me" {}

data "coder_workspace_owner" "me" {}

data "coder_provisioner" "me" {}

# expect: terraform_unused_declarations "data \"aws_ami\" \"unused\" is declared but never used"
data "aws_ami" "unused" {
  owners = ["amazon"]
}

data "aws_ami" "used" {
  owners = ["amazon"]
}

provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "used"
  region = "us-east-1"
}

# expect: terraform_unused_declarations "provider \"aws\" with alias \"unused\" is declared but never used"
provider "aws" {
  alias  = "unused"
  region = "us-west-2"
}

provider "aws" {
  alias  = "module"
  region = "ap-south-1"
}

resource "aws_instance" "dev" {
  provider = aws.used
  ami      = data.aws_ami.used.id
}

module "child" {
  source    = "./mod"
  providers = { aws = aws.module }
}

check "health" {
  # expect: terraform_unused_declarations "data \"http\" \"probe\""
  data "http" "probe" {
    url = "https://example.com"
  }

  assert {
    condition     = true
    error_message = "never"
  }
}
