data "coder_parameter" "prompt" {
  # expect: coder_ai_prompt_misspelled @10-21 "of module.task.data.coder_parameter.prompt"
  name = "ai_prompt"
}
