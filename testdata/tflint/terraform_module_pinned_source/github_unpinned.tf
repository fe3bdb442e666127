
module "m" {
  source = "github.com/org/vpc"
}
