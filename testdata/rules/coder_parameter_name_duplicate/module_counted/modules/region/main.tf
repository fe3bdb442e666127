data "coder_parameter" "region" {
  # expect: coder_parameter_name_duplicate @10-18 "parameter name \"region\" of module.region[\"b\"].data.coder_parameter.region is already used by module.region[\"a\"].data.coder_parameter.region"
  name = "region"
}
