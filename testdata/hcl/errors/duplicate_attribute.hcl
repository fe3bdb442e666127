# expect: 3:1 Attribute redefined
a = 1
a = 2
