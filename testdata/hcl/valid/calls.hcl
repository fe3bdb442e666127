simple = upper("x")
none = timestamp()
expand = max(list...)
trailing = concat(a, b,)
provider = provider::aws::arn_parse(x)
chained = lower(x).y[0]
