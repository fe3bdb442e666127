variable "name" {
  type = string
}

variable "enabled" {
  type = bool
}

variable "tags" {
  type = map(string)
}

resource "terraform_data" "x" {
  count = var.enabled ? 1 : 0
  input = {
    name       = var.name
    upper      = upper(var.name)
    sum        = (var.enabled ? 1 : 2) + 1
    (var.name) = 1
    tags       = var.tags
    text       = "hello ${var.name}"
  }
}
