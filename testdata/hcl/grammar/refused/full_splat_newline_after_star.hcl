a = b.c[*
].d
