# expect: 2:5 Unterminated object constructor expression
a = { b = 1