# expect: 3:4 Missing attribute value
a = {
  b
}
