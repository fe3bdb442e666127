# where newlines do not matter, they may stand inside a full splat
in_parens   = (b[
  *
].c)
in_template = "${b[
*].c}"
in_for      = {for k, v in m : k => v[
  *]}
block_comment = b[/* spans
lines */*]
