# comments as newlines
a = 1 # trailing
b = 2 // trailing
c = /* inline */ 3
d = (
  1
  +
  2
)
e = [
  1,
  2
  ,3,
]
f = {
  a = 1,
  b = 2

  c = 3
  "d" = 4
  (e) = 5
  f: 6,
}
g = {
  for k, v in m :
  k => v
  if v != null
}
h = {
  for x in xs :
  x => x...
}
i = f(
  a,
  b...
)
block "x" { one = "line" }
empty {}
nested "a" "b" {
  inner {
  }
}
j = a ? b : c ? d : e
