# expect: 2:1 Argument or block definition required
a 1 {
}
