# Mercurial pinned to its default branch
module "network" {
  source = "hg::http://example.org/network.hg?rev=default"
}
