# expect: 2:3 Unclosed configuration block
a {
  b = 1
