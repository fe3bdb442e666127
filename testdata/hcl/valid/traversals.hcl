attr = var.a.b
index = var.list[0]["key"]
legacy = aws_instance.web.0.id
relative = f(x).a
dynamic = var.list[var.i]
splat_attr = var.list.*.id
splat_full = var.list[*].tags["name"]
keyword_attrs = a.if.for.in
