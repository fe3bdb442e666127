# implicit provider of a resource
resource "tls_private_key" "ssh" {
  algorithm = "ED25519"
}
