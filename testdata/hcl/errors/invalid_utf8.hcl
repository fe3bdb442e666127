# expect: 3:9 Invalid character encoding
# expect: 3:9 Unterminated template string
a = "café"
