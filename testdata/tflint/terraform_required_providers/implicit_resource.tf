
resource "random_string" "x" {
  length = 16
}
