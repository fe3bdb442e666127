# expect: 2:1 Invalid argument name
"a" = 1
