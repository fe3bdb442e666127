# expect: 2:22 Invalid 'for' expression
a = [for k, v in m : k => v]
