# several required_providers blocks, in several terraform blocks
terraform {
  required_providers {
    docker = "~> 3.0"
  }

  required_providers {
    aws = "~> 5.0"
  }
}

provider "docker" {}
provider "aws" {}
provider "google" {}

terraform {
  required_providers {
    google = "~> 6.0"
  }
}
