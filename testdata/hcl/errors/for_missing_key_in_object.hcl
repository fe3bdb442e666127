# expect: 2:19 Invalid 'for' expression
a = {for v in m : v}
