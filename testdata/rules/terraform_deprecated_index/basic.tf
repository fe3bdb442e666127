resource "coder_agent" "main" {
  count = 2
  os    = "linux"
}

locals {
  # expect: terraform_deprecated_index @30-32 "legacy index .0 is deprecated: write [0]"
  first_id = coder_agent.main.0.id
  modern   = coder_agent.main[0].id

  # expect: terraform_deprecated_index @29-31 "legacy splat .* is deprecated: write [*]"
  all_ids = coder_agent.main.*.id
  splat   = coder_agent.main[*].id

  # expect: terraform_deprecated_index @26-28 "legacy index .1 is deprecated: write [1]"
  second_row = var.matrix.1
  # expect: terraform_deprecated_index @31-33 "write [2]"
  relative = tolist(var.items).2

  text = "first is ${coder_agent.main.0.id}" # expect: terraform_deprecated_index @38-40 "write [0]"

  # Attribute names that contain digits are not indexes.
  named = var.object.a0
  keyed = var.map["0"]
}

locals {
  # Chained legacy indexes are a syntax error in HCL, reported (with the fix) by the parser; this
  # rule adds nothing there. The fixture cannot hold a syntax error, see DeprecatedIndexRuleTest.
  exponent = var.items.1e3 # expect: terraform_deprecated_index @23-27 "legacy index .1e3 is deprecated: write [1000]"
}
