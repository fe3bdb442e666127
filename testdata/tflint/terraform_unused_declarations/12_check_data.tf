# an unused data source in a check block
check "probe" {
  data "http" "unread" {}
}
