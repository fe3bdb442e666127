resource "null_resource" "box" {}

resource "coder_metadata" "bad" {
  resource_id = null_resource.box.id
  item {
    key   = "region"
    value = "eu"
  }
  item {
    # expect: coder_metadata_key_duplicate "item key \"region\" of coder_metadata.bad is used by an earlier item block: duplicate resource metadata key \"region\""
    key   = "region"
    value = "us"
  }
}

resource "null_resource" "other" {}

resource "coder_metadata" "ok" {
  resource_id = null_resource.other.id
  item {
    key   = "region"
    value = "eu"
  }
  item {
    key   = "size"
    value = "large"
  }
}
