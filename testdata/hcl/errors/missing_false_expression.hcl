# expect: 2:10 Missing false expression in conditional
a = b ? c
