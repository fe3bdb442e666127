# The second declaration is in another file of the same module.
# expect: terraform_duplicate_declaration "module \"code_server\" is declared more than once"
module "code_server" {
  source = "registry.coder.com/coder/code-server/coder"
}
