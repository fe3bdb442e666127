variable "image" {
  type = string
}

# expect: unused_variable "variable \"region\""
variable "region" {
  type = string
}
