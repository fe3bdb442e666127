locals {
  env = {
    HOME = "/home/coder"
    PATH = "/usr/bin"
    # expect: terraform_map_duplicate_keys "duplicate key \"HOME\", first defined at basic.tf:3,5-9"
    "HOME" = "/root"
  }
  numbers = {
    1 = "one"
    # expect: terraform_map_duplicate_keys "duplicate key \"1\""
    "1" = "uno"
  }
  different_maps = [{ a = 1 }, { a = 2 }]
  computed = { for k in ["a", "a"] : k => k }
  variables = {
    (var.x) = 1
    (var.x) = 2
  }
}

variable "x" {
  type = string
}
