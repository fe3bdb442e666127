# Up to 2.23 the parameter alone makes a Task template.
data "coder_parameter" "ai_prompt" {
  name = "AI Prompt"
}
