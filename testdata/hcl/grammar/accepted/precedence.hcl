# operator chains, nested by precedence in HclParserBase.binary rather than by the grammar
left_sub   = a - b - c - d
left_div   = a / b / c % d * e
mixed      = a + b * c - d / e % f + g
compare    = a + 1 < b * 2 == c > d - 3
logic      = a || b && c || d && e && f
all_levels = a * b + c < d == e && f || g * h + i <= j != k && l || m
unary      = !a && -b * -c || !!d
chain_cond = a + b > c ? d * e + f : g || h
nested     = (a + b) * (c - d) / (e % f)
in_call    = max(a + b * c, d - e - f, g == h && i)
in_tuple   = [a * b + c, d || e && f]
in_object  = { x = a - b - c, y = a && b || c }
in_template = "${a + b * c} and ${d || e && f}"
splat_ops  = a.*.b + c[*].d * e[0]
long       = a1 + a2 - a3 + a4 - a5 + a6 - a7 + a8 - a9 + a10 * a11 / a12 + a13 - a14
