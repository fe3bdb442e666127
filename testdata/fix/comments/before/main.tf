variable "x" {
  type = string
}

variable "y" {
  type = string
}

output "xy" {
  # the fix would move the first comment out of line with the second: left for terraform fmt
  value = {
    a = "${var.x}" # one
    b = var.y      # two
  }
}
