# expect: 3:9 Invalid template control keyword
# expect: 3:17 Unexpected endif directive
a = "%{ iff x }y%{ endif }"
