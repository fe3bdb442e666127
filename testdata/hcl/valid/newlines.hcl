paren = (1 +
  2)
tuple = [
  1,
  2,
]
call = max(
  1,
  2
)
object = {
  a = 1
  b = 2, c = 3
}
interp = "${
  1 +
  2
}"
for = [for x in xs :
  x
]
cond = (a
  ? b
  : c)
