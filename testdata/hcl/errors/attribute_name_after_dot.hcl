# expect: 2:7 Invalid attribute name
a = b.
