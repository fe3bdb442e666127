# expect: 2:9 Missing argument separator
a = f(1 2)
