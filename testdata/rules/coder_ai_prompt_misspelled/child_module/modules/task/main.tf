data "coder_parameter" "prompt" {
  # expect: coder_ai_prompt_misspelled "of module.task.data.coder_parameter.prompt"
  name = "ai_prompt"
}
