# an index inside a for expression
locals {
  pairs = { for p in setproduct(
    [true],
    ["eu", "us"]
  ) : p[1] => { on = p[0], zone = p[1] }
  }
}

resource "docker_volume" "home" {
  count = local.pairs["eu"].on ? 1 : 0
}