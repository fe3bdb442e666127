module "inner" {
  source = "git::https://example.com/inner.git"
}

output "inner_value" {
  value = module.inner.value
}
