# expect: 2:12 Invalid 'for' expression
a = [for x y]
