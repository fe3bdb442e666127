# the terraform provider is built in
data "terraform_remote_state" "network" {}
