# expect: 2:20 Invalid 'for' expression
a = [for v in m : v...]
