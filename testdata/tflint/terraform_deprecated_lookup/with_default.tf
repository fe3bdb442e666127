
locals {
  table = { k = 0 }
  entry = lookup(local.table, "k", 1)
}
