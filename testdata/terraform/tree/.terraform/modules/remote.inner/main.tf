output "value" {
  value = "from inner"
}
