resource "aws_instance" "web" {
  ami                    = "ami-1"
  vpc_security_group_ids = ["sg-1"]
}

# a resource argument: a set of strings in the provider's schema
output "security_groups" {
  value = aws_instance.web.vpc_security_group_ids
}

# a tuple, whatever the providers say
output "zones" {
  value = ["a", "b"]
}
