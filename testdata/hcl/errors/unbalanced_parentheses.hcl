# expect: 2:8 Unbalanced parentheses
a = (1 2)
