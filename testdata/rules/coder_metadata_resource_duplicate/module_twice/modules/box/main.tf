resource "null_resource" "box" {}

resource "coder_metadata" "box" {
  # expect: coder_metadata_resource_duplicate @17 "module.box[1].coder_metadata.box and module.box[0].coder_metadata.box are both attached to module.box.null_resource.box"
  resource_id = null_resource.box.id
}
