# an attribute, not an index
locals {
  sizes = { small = "s" }
  size  = sizes.small
}
