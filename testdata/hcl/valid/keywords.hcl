true = 1
for = 2
if = 3
null = 4
in = { if = 1, (for) = 2 }
lit = [true, false, null]
