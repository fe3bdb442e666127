# expect: 2:7 Unexpected endif directive
a = "x%{ endif }"
