# expect: 2:9 Missing function name
a = ns::(1)
