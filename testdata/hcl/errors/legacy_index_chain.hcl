# expect: 2:9 Invalid legacy index syntax
a = foo.0.1.bar
