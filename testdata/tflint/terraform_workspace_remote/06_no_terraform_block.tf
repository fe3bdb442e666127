# no terraform block
resource "docker_volume" "home" {
	labels = {
		ws = terraform.workspace
	}
}
