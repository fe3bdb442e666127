# implicit provider of a data source
data "http" "probe" {
  url = "https://example.com"
}
