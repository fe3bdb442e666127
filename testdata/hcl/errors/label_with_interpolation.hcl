# expect: 2:12 Invalid string literal
resource "a${b}" "c" {
}
