# expect: 3:1 Argument or block definition required
a = 1
b
