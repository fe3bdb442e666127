# expect: 2:9 Missing close bracket on index
a = b[1 2]
