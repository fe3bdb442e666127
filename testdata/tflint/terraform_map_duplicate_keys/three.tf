
resource "null_resource" "t" {
	m = {
	  a = 1
	  a = 2
	  a = 3
	}
}