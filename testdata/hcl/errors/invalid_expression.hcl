# expect: 2:5 Invalid expression
a = )
