plain = <<EOT
hello ${name}
  EOT is not the end
EOT
flush = <<-EOT
    indented
      more ${x}
    %{ for i in xs ~}
    item ${i}
    %{~ endfor }
    EOT
nested = <<A
outer ${<<B
inner
B
} after
  A
called = f(<<EOT
in a call
EOT
)
escapes = <<EOT
$${literal} %%{literal} $ % $x
EOT
