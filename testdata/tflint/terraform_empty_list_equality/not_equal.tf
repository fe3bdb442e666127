
variable "names" {
  type = list(string)
}
resource "null_resource" "db" {
  count          = var.names != [] ? 1 : 0
  something_else = "x.large"
}