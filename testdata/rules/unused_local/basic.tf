locals {
  used = "a"
  # expect: unused_local "local value \"unused\" is defined but never used: remove it, or read it as local.unused"
  unused = "b"
  chain  = "${local.used}-c"
}

locals {
  # expect: unused_local "local value \"tags\""
  tags = {
    owner = "me"
  }
  in_for = [for s in ["a"] : "${s}-${local.chain}"]
}

output "names" {
  value = local.in_for
}

# A local that refers only to itself is a cycle: the terraform rule reports it, this rule does not.
locals {
  itself = "${local.itself}-x"
}
