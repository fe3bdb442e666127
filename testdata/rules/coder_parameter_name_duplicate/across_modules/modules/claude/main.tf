data "coder_parameter" "ai_prompt" {
  # expect: coder_parameter_name_duplicate @10-21 "parameter name \"AI Prompt\" of module.claude.data.coder_parameter.ai_prompt is already used by data.coder_parameter.prompt"
  name = "AI Prompt"
}
