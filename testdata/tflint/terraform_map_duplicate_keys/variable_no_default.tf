# a variable key without a default
variable "label" {
  type    = string
}

resource "docker_container" "dev" {
	labels = {
	  team          = "a"
	  (var.label)   = "b"
	}
}
