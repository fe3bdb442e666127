# implicit provider of an ephemeral resource
ephemeral "tls_private_key" "ssh" {
  algorithm = "ED25519"
}
