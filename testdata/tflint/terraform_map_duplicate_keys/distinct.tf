
resource "null_resource" "t" {
	settings = {
	  a = 1
	  b = 2
	}
}