# expect: 2:10 Extra characters after interpolation expression
a = "${b c}"
