data "coder_parameter" "region" {
  name = "Region"
}

data "coder_parameter" "region2" {
  # expect: coder_parameter_name_duplicate @10-18 "parameter name \"Region\" of data.coder_parameter.region2 is already used by data.coder_parameter.region: parameter names must be unique in the template"
  name = "Region"
}

# Case matters.
data "coder_parameter" "region_lower" {
  name = "region"
}

# Never created: ignored.
data "coder_parameter" "region_disabled" {
  count = 0
  name  = "Region"
}
