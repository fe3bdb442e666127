# a template directive with a legacy splat
locals {
  hosts = <<EOT
%{for name in aws_instance.node.*.private_dns}
host ${name}
%{endfor}
EOT
}
