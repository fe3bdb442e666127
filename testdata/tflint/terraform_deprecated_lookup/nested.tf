
locals {
  table = { k = { j = 0 } }
  entry = lookup(lookup(local.table, "k"), "j")
}
