
variable "k" {
  type    = string
  default = "b"
}

resource "null_resource" "t" {
	m = {
	  (var.k) = 5
	  b       = 8
	}
}