# Mercurial pinned to a revision
module "network" {
  source = "hg::http://example.org/network.hg?rev=r42"
}
