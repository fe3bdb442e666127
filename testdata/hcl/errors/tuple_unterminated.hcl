# expect: 2:8 Missing expression
a = [1,