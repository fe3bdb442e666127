# expect: 2:7 Invalid block definition
a "x" = {
}
