data "coder_parameter" "prompt" {
  name = "AI Prompt"
}

module "claude" {
  source = "./modules/claude"
}
