# expect: terraform_unused_declarations "data \"aws_region\" \"current\""
data "aws_region" "current" {}

data "aws_caller_identity" "current" {}

output "account" {
  value = data.aws_caller_identity.current.account_id
}
