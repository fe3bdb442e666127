# legacy index
locals {
  zones = ["eu"]
  first = zones.0
}
