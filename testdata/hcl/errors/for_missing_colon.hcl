# expect: 2:16 Invalid 'for' expression
a = [for x in y]
