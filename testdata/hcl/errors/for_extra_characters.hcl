# expect: 2:21 Invalid 'for' expression
a = [for v in m : v v]
