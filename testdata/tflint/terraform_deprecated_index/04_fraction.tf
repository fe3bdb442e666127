# a number with a fraction
locals {
  ratio = 0.75
}
