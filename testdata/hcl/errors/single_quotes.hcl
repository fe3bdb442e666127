# expect: 3:5 Invalid character
# expect: 3:5 Invalid expression
a = 'x'
