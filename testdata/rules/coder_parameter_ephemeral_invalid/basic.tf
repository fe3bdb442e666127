data "coder_parameter" "no_default" {
  name    = "rebuild"
  type    = "bool"
  mutable = true
  # expect: coder_parameter_ephemeral_invalid @15-19 "ephemeral parameter data.coder_parameter.no_default has no default: Coder fails with \"ephemeral parameter requires the default property\"; add a default"
  ephemeral = true
}

data "coder_parameter" "immutable" {
  name    = "clean"
  type    = "bool"
  default = false
  mutable = false
  # expect: coder_parameter_ephemeral_invalid @15-19 "ephemeral parameter data.coder_parameter.immutable is not mutable: Coder fails with \"parameter can't be immutable and ephemeral\"; set mutable = true"
  ephemeral = true
}

data "coder_parameter" "mutable_unset" {
  name    = "reset"
  type    = "bool"
  default = false
  # expect: coder_parameter_ephemeral_invalid @15-19 "is not mutable (mutable defaults to false)"
  ephemeral = true
}

data "coder_parameter" "both" {
  name = "both"
  # expect: coder_parameter_ephemeral_invalid @15-19 "data.coder_parameter.both has no default"
  # expect: coder_parameter_ephemeral_invalid @15-19 "data.coder_parameter.both is not mutable"
  ephemeral = true
}

data "coder_parameter" "null_default" {
  name    = "null"
  default = null
  mutable = true
  # expect: coder_parameter_ephemeral_invalid @15-19 "data.coder_parameter.null_default has no default"
  ephemeral = true
}

# Valid ephemeral parameter, and ordinary ones.
data "coder_parameter" "ok" {
  name      = "ok"
  type      = "bool"
  default   = false
  mutable   = true
  ephemeral = true
}

data "coder_parameter" "plain" {
  name      = "plain"
  ephemeral = false
}

data "coder_parameter" "required" {
  name = "required"
}
