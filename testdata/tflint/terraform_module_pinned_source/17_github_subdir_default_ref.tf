# a subdirectory pinned to a default branch
module "network" {
  source = "github.com/example/network.git/vpc?ref=main"
}
