data "coder_parameter" "no_default" {
  name    = "rebuild"
  type    = "bool"
  mutable = true
  # expect: coder_parameter_ephemeral_invalid "ephemeral parameter data.coder_parameter.no_default has no default: Coder requires one"
  ephemeral = true
}

data "coder_parameter" "immutable" {
  name    = "clean"
  type    = "bool"
  default = false
  mutable = false
  # expect: coder_parameter_ephemeral_invalid "ephemeral parameter data.coder_parameter.immutable is not mutable: Coder requires mutable = true"
  ephemeral = true
}

data "coder_parameter" "mutable_unset" {
  name    = "reset"
  type    = "bool"
  default = false
  # expect: coder_parameter_ephemeral_invalid "is not mutable (mutable defaults to false)"
  ephemeral = true
}

data "coder_parameter" "both" {
  name = "both"
  # expect: coder_parameter_ephemeral_invalid "data.coder_parameter.both has no default"
  # expect: coder_parameter_ephemeral_invalid "data.coder_parameter.both is not mutable"
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
