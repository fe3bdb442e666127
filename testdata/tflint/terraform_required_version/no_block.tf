locals {
	zone = "eu"
}
