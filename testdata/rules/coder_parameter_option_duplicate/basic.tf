data "coder_parameter" "region" {
  name    = "region"
  default = "eu"
  option {
    name  = "Europe"
    value = "eu"
  }
  option {
    name = "United States"
    # expect: coder_parameter_option_duplicate @13-17 "option value \"eu\" of data.coder_parameter.region is used by another option: option values must be unique"
    value = "eu"
  }
  option {
    # expect: coder_parameter_option_duplicate @13-21 "option name \"Europe\" of data.coder_parameter.region is used by another option: option names must be unique"
    name  = "Europe"
    value = "eu-2"
  }
  option {
    name  = "Asia"
    value = "ap"
  }
}

# Same names in different parameters are fine.
data "coder_parameter" "size" {
  name    = "size"
  default = "s"
  option {
    name  = "Europe"
    value = "s"
  }
  option {
    name  = "Large"
    value = "l"
  }
}
