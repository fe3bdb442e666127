# Two near misses: which one is the prompt is not certain, so neither is renamed.
data "coder_parameter" "a" {
  name = "AI prompt"
}

data "coder_parameter" "b" {
  name = "ai prompt"
}
