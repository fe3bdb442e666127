
variable "names" {
  type = list(string)
}
resource "null_resource" "db" {
  count          = length(var.names) == 0 ? 1 : 0
  something_else = "x.large"
}