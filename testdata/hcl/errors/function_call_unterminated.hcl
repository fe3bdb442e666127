# expect: 2:9 Missing expression
a = f(1,