variable "images" {
  type = map(string)
}

variable "sizes" {
  type = map(number)
}

locals {
  ubuntu  = var.images["ubuntu"]
  size    = merge(var.sizes, { small = 1 })["small"] * 2
  base    = lookup(var.images, "ubuntu", "debian")
  chosen  = var.sizes[local.key]
  key     = "small"
  literal = { a = "x" }["a"]
}

output "o" {
  value = [local.ubuntu, local.size, local.base, local.chosen, local.literal]
}
