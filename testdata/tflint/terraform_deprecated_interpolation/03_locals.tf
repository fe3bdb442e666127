# in a locals block
locals {
  host = "${var.hosts["eu"]}"
}
