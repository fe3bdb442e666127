tuple = [1, "two", [3]]
object = {
  a = 1
  "b" = 2
  c: 3
  (d) = 4
  e.f = 5
  "${g}-h" = 6
}
empty_tuple = []
empty_object = {}
