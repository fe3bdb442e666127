# expect: 3:9 Invalid multi-line string
# expect: 3:9 Unterminated template string
a = "abc
def"
