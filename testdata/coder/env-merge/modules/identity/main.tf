variable "email" {
  type = string
}

output "env" {
  value = {
    GIT_COMMITTER_NAME  = "AI Bot"
    GIT_COMMITTER_EMAIL = var.email
  }
}
