# a sensitive variable as a key
variable "token_name" {
  default = "token"
  sensitive = true
}

resource "docker_container" "dev" {
  env = {
    (var.token_name) = "1"
    "token" = "2"
  }
}
