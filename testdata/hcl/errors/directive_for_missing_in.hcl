# expect: 3:15 Invalid 'for' directive
# expect: 3:19 Unexpected endfor directive
a = "%{ for x y }z%{ endfor }"
