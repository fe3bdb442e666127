top = 1
resource "aws_instance" "web" {
  ami = "ami-123"

  lifecycle {
    create_before_destroy = true
  }
}
block bare_label "quoted" another {}
one_line { value = 42 }
empty {
}
