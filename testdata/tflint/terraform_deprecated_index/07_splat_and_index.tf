# a legacy splat followed by a legacy index
locals {
  grid  = [["x"]]
  cells = grid.*.0
}
