# expect: 2:1 Argument or block definition required
= 1
b = 2
