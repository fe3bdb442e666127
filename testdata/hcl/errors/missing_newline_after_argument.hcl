# expect: 2:7 Missing newline after argument
a = 1 b = 2
