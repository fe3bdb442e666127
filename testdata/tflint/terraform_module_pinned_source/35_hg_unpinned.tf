# Mercurial without rev
module "network" {
  source = "hg::http://example.org/network.hg"
}
