# expect: 2:16 Unexpected end of template
a = "%{ if x }y"
