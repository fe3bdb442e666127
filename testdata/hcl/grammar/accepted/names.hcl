# keywords and names in every place a name goes: block types, labels, attributes, variables,
# steps, function names, for variables
for "in" if {
  if = for.in.if
  else = endif(else, endfor...)
  endfor { in = 1 }
  x = provider::for::if(1, 2,)
  y = [for for, in in if : in if for]
  z = {for if, else in endif : if => else... if else}
  t = "%{for else, endif in for}${else}%{endfor}"
}
one_line { in = for }
labels "quoted$label" "a$${b}c" "%" {}
