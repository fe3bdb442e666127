module "unpinned_git" {
  # expect: terraform_module_pinned_source @12-48 "module source \"git::https://example.com/tools.git\" is not pinned"
  source = "git::https://example.com/tools.git"
}

module "github" {
  # expect: terraform_module_pinned_source @12-51 "is not pinned"
  source = "github.com/coder/modules//code-server"
}

module "scp" {
  # expect: terraform_module_pinned_source @12-46 "is not pinned"
  source = "git@github.com:coder/modules.git"
}

module "default_branch" {
  # expect: terraform_module_pinned_source @12-57 "uses a default branch as ref (main)"
  source = "git::https://example.com/tools.git?ref=main"
}

module "hg" {
  # expect: terraform_module_pinned_source @12-57 "uses a default branch as rev (default)"
  source = "hg::http://hg.example.com/tools?rev=default"
}

module "tag" {
  source = "git::https://example.com/tools.git?ref=v1.2.0"
}

module "commit" {
  source = "github.com/coder/modules//code-server?ref=9f6c1e2"
}

module "registry" {
  source  = "registry.coder.com/coder/code-server/coder"
  version = "1.3.0"
}

module "archive" {
  source = "https://example.com/tools.zip"
}
