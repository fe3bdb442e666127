# expect: 2:11 Missing open parenthesis
a = ns::fn
