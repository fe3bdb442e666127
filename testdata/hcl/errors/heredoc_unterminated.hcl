# expect: 4:1 Unterminated template string
a = <<EOT
abc
