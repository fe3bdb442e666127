data "coder_parameter" "region" {
  # expect: coder_parameter_name_duplicate "parameter name \"region\" of module.region[\"b\"].data.coder_parameter.region is already used by module.region[\"a\"].data.coder_parameter.region"
  name = "region"
}
