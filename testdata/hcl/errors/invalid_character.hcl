# expect: 3:7 Invalid character
# expect: 3:7 Missing newline after argument
a = 1 @ 2
