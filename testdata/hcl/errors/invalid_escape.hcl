# expect: 3:6 Invalid escape sequence
# expect: 4:6 Invalid escape sequence
a = "\q"
b = "\u12"
