# an unused data source
data "http" "unread" {}
data "http" "read" {}
output "out" { value = data.http.read }
