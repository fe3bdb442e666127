# expect: 2:4 Missing expression
a =