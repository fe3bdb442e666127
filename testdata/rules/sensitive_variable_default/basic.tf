variable "github_pat" {
  type      = string
  sensitive = true
  # expect: sensitive_variable_default @13-55 "sensitive variable \"github_pat\" has a default value written in the template: remove the default (or make it empty) and supply the secret when the template is pushed"
  default = "ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5"
}

variable "db" {
  type      = object({ user = string, password = string })
  sensitive = true
  # expect: sensitive_variable_default @13-15:4 "sensitive variable \"db\""
  default = {
    user     = "admin"
    password = "hunter2"
  }
}

# Accepted: no default, an empty default, null, an empty map.
variable "no_default" {
  type      = string
  sensitive = true
}

variable "empty" {
  type      = string
  sensitive = true
  default   = ""
}

variable "null_default" {
  type      = string
  sensitive = true
  default   = null
}

variable "empty_map" {
  type      = map(string)
  sensitive = true
  default   = {}
}

# Not sensitive: another rule's business.
variable "region" {
  type    = string
  default = "eu-west-1"
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
  env = {
    A = var.github_pat
    B = var.db.user
    C = var.no_default
    D = var.empty
    E = var.null_default
    F = jsonencode(var.empty_map)
    G = var.region
  }
}
