# expect: 2:5 Argument definition required
a { b {} }
