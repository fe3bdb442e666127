
resource "null_resource" "db" {
  count          = [] == [] ? 0 : 1
  something_else = "x.large"
}