# expect: 3:22 Unexpected else directive
# expect: 3:31 Unexpected endfor directive
a = "%{ for x in y }z%{ else }%{ endfor }"
