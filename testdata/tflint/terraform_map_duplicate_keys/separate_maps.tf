
resource "null_resource" "t" {
	first = { a = 1 }
	second = { a = 2 }
}