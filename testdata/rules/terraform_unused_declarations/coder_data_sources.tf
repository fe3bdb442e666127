# Data sources Coder reads without a reference: never reported when nothing in the template reads them.
data "coder_parameter" "size" {
  name    = "size"
  type    = "number"
  default = 10
}

data "coder_workspace_preset" "small" {
  name = "Small"
  parameters = {
    size = "10"
  }
}

data "coder_external_auth" "github" {
  id = "github"
}

data "coder_git_auth" "gitlab" {
  id = "gitlab"
}

data "coder_workspace_tags" "routing" {
  tags = {
    zone = "eu"
  }
}

data "coder_secret" "token" {
  env          = "API_TOKEN"
  help_message = "An API token"
}

data "coder_workspace" "me" {}

data "coder_workspace_owner" "me" {}

data "coder_provisioner" "me" {}

# Coder reads a task's prompt only through a reference, so an unread coder_task is unused.
# expect: terraform_unused_declarations @1-23 "data \"coder_task\" \"me\" is declared but never used"
data "coder_task" "me" {}
