# expect: 2:10 Invalid single-argument block definition
a { b = 1, c = 2 }
