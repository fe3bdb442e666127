# expect: 2:9 Extra characters after interpolation expression
a = "${b:c}"
