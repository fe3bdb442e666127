prec = 1 + 2 * 3
left = 1 - 2 - 3
logic = a || b && c
cmp = a == b != c
rel = a < b
mod = 7 % 3 / 2
cond = a ? b : c ? d : e
unary = -x * !y
neg_literal = -1
