# expect: 3:7 Unsupported operator
# expect: 3:7 Missing newline after argument
a = b & c
