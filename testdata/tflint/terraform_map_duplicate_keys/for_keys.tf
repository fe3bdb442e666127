# keys inside a for expression
resource "docker_container" "dev" {
  mounts = [for m in ["home", "data"] : {
    "${m}_path" = "/x"
	"home_path" = "/y"
  }]
}
