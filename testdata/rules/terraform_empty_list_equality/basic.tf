variable "names" {
  type = list(string)
}

locals {
  # expect: terraform_empty_list_equality @10-25 "write length(var.names) == 0"
  none = var.names == [] ? 0 : 1
  # expect: terraform_empty_list_equality @10-25 "write length(var.names) != 0"
  some = [] != var.names
  ok   = length(var.names) == 0
  # expect: terraform_empty_list_equality @12-27
  paren = (var.names == []) ? 1 : 0
  not_empty = var.names == ["a"]
}
