# hash comment
a = 1 # trailing hash
// slash comment
b = 2 // trailing slash
/* block
   comment */ c = 3
d = /* inline */ 4
