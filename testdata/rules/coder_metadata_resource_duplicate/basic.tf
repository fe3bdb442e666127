resource "null_resource" "box" {
  count = 1
}

resource "coder_metadata" "first" {
  resource_id = null_resource.box[0].id
  item {
    key   = "region"
    value = "eu"
  }
}

resource "coder_metadata" "second" {
  # expect: coder_metadata_resource_duplicate @17-40 "coder_metadata.second and coder_metadata.first are both attached to null_resource.box: duplicate metadata resource: null_resource.box"
  resource_id = null_resource.box[0].id
  item {
    key   = "size"
    value = "large"
  }
}

# count = 2: both instances attach to the same resource.
resource "null_resource" "pair" {
  count = 2
}

resource "coder_metadata" "counted" {
  count = 2
  # expect: coder_metadata_resource_duplicate @17 "coder_metadata.counted[1] and coder_metadata.counted[0] are both attached to null_resource.pair"
  resource_id = null_resource.pair[count.index].id
}

# One each: fine.
resource "null_resource" "a" {}
resource "null_resource" "b" {}

resource "coder_metadata" "a" {
  resource_id = null_resource.a.id
}

resource "coder_metadata" "b" {
  resource_id = null_resource.b.id
}

# Through a local: the resource Coder picks is not certain, not checked.
locals {
  a_id = null_resource.a.id
}

resource "coder_metadata" "via_local" {
  resource_id = local.a_id
}

# Never created: not checked.
resource "coder_metadata" "never" {
  count       = 0
  resource_id = null_resource.b.id
}
