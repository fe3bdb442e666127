
resource "null_resource" "t" {
	m = {
	  1 = "x"
	  "1" = "y"
	}
}