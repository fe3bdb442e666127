# inside an object key expression
resource "docker_container" "dev" {
  labels = {
    lower("${var.label}") = "dev"
  }
}
