# expect: 3:5 Unterminated string literal
# expect: 3:5 Invalid block definition
a "b