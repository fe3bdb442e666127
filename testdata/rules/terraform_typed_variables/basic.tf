# expect: terraform_typed_variables "variable \"region\" has no type"
variable "region" {
  default = "eu-west-1"
}

variable "size" {
  type    = number
  default = 10
}

# expect: terraform_typed_variables
variable "empty" {}
