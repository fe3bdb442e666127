# From Coder 2.30 the parameter is not used: not reported.
data "coder_parameter" "a" {
  name = "AI prompt"
}
