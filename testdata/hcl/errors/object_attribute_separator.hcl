# expect: 2:13 Missing attribute separator
a = { b = 1 c = 2 }
