# two levels of subdirectory without ref
module "network" {
  source = "github.com/example/network.git/aws/vpc"
}
