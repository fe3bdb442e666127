# expect: 3:15 Extra characters in endif marker
# expect: 3:6 Unexpected endif directive
a = "%{ endif x }"
