plain = <<EOT
line one
  ${var.x}
EOT
flush = <<-EOT
    indented
      more
    back
    EOT
empty = <<EOT
EOT
after = 1
