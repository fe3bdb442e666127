
resource "null_resource" "db" {
  count          = ([] == []) ? 1 : 0
  something_else = "x.large"
}