# expect: 2:9 Invalid template directive
a = "%{ 1 }"
