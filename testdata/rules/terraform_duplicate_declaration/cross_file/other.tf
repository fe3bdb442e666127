# The second declaration is in another file of the same module.
# expect: terraform_duplicate_declaration "Duplicate module call; A module call named \"code_server\" was already defined at main.tf:1,1-21."
module "code_server" {
  source = "registry.coder.com/coder/code-server/coder"
}
