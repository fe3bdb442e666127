# expect: 2:6 Unexpected comma after argument
a = 1, b = 2
