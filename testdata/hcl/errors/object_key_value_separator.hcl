# expect: 2:9 Missing key/value separator
a = { b c }
