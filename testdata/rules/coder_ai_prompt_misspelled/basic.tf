data "coder_parameter" "a" {
  # expect: coder_ai_prompt_misspelled @10-21 "parameter name \"AI prompt\" of data.coder_parameter.a is not \"AI Prompt\": Coder compares the name exactly, so this is not the Task prompt; write name = \"AI Prompt\""
  name = "AI prompt"
}

data "coder_parameter" "b" {
  # expect: coder_ai_prompt_misspelled @10-21 "\"ai prompt\""
  name = "ai prompt"
}

data "coder_parameter" "c" {
  # expect: coder_ai_prompt_misspelled @10-21 "\"AI_Prompt\""
  name = "AI_Prompt"
}

data "coder_parameter" "d" {
  # expect: coder_ai_prompt_misspelled @10-21 "\"ai-prompt\""
  name = "ai-prompt"
}

data "coder_parameter" "e" {
  # expect: coder_ai_prompt_misspelled @10-24 "\" AI  Prompt \""
  name = " AI  Prompt "
}

locals {
  prompt_name = "Ai Prompt"
}

data "coder_parameter" "f" {
  # expect: coder_ai_prompt_misspelled @10-27 "\"Ai Prompt\""
  name = local.prompt_name
}

# Correct, and unrelated names.
data "coder_parameter" "ai_prompt" {
  name = "AI Prompt"
}

data "coder_parameter" "other" {
  name = "AI Prompt Template"
}

data "coder_parameter" "prompt" {
  name = "Prompt"
}
