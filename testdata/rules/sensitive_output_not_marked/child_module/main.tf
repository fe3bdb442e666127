module "creds" {
  source = "./modules/creds"
}

output "from_child" {
  # The child's output is sensitive.
  # expect: sensitive_output_not_marked @11-30 "output \"from_child\" is not marked sensitive but its value derives from the sensitive values module.creds.output.secret, module.creds.var.api_key"
  value = module.creds.secret
}

output "plain_child" {
  value = module.creds.plain
}
