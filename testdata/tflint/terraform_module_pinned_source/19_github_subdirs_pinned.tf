# two levels of subdirectory with ref
module "network" {
  source = "github.com/example/network.git/aws/vpc?ref=v2.0.1"
}
