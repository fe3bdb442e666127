# inside a conditional and a function call
locals {
  make_volume = true
  volume_name = local.make_volume ? join(",", docker_volume.home.*.name) : var.volume_name
}
