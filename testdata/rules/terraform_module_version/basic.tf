# expect: terraform_module_version "module \"code_server\" should specify a version"
module "code_server" {
  source   = "registry.coder.com/coder/code-server/coder"
  agent_id = "x"
}

module "range" {
  source = "registry.coder.com/coder/jetbrains/coder"
  # expect: terraform_module_version "module \"range\" should specify an exact version, but a range was found"
  version = "~> 1.0"
}

module "several" {
  source = "terraform-aws-modules/vpc/aws"
  # expect: terraform_module_version "but multiple constraints were found"
  version = ">= 5.0, < 6.0"
}

module "exact" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.1.2"
}

module "exact_with_equals" {
  source  = "registry.coder.com/coder/git-clone/coder//sub"
  version = "= 1.0.0"
}

module "local" {
  source = "./modules/app"
}

module "git" {
  source = "git::https://example.com/tools.git?ref=v1"
}

module "github" {
  source = "github.com/coder/modules"
}
