# expect: 3:10 Invalid multi-line string
# expect: 3:6 Unclosed template interpolation sequence
a = "${b"
