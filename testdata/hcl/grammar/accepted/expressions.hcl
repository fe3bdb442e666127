ops = !a || b && c == d != e < f > g <= h >= i + j - k * l / m % n
neg = -a.b[0] - -1
splat = a.*.b.c
full = a[*].b[0].c
legacy = a.0.b.1
idx = a[b].c["d"][0]
call = provider::aws::arn_parse("x")
spread = f(a, b...)
nums = [1, 1.5, 1e3, 1.5E-3, 0]
lits = [true, false, null]
kw = [in, if, endif, else, endfor, for]
par = (a).b
tuple_for = [for i, x in xs : x if i > 0]
cond = a ? b : c
