# One edit away from "AI Prompt" once case, spaces, "_", "." and "-" are left out.
data "coder_parameter" "typo" {
  # expect: coder_ai_prompt_misspelled @10-20 "parameter name \"AI Promt\" of data.coder_parameter.typo is not \"AI Prompt\""
  name = "AI Promt"
}

data "coder_parameter" "swapped" {
  # expect: coder_ai_prompt_misspelled @10-21 "\"AI Propmt\""
  name = "AI Propmt"
}

data "coder_parameter" "joined" {
  # expect: coder_ai_prompt_misspelled @10-20 "\"AIPrompt\""
  name = "AIPrompt"
}

data "coder_parameter" "hyphen" {
  # expect: coder_ai_prompt_misspelled @10-21 "\"AI-Prompt\""
  name = "AI-Prompt"
}

data "coder_parameter" "plural" {
  # expect: coder_ai_prompt_misspelled @10-22 "\"AI Prompts\""
  name = "AI Prompts"
}

data "coder_parameter" "no_break_space" {
  # a no-break space (U+00A0) between the words
  # expect: coder_ai_prompt_misspelled @10-21 "is not \"AI Prompt\""
  name = "AI Prompt"
}

# Other names, however close they look: not flagged.
data "coder_parameter" "provider" {
  name = "AI Provider"
}

data "coder_parameter" "port" {
  name = "API Port"
}

data "coder_parameter" "proxy" {
  name = "AI Proxy"
}

data "coder_parameter" "project" {
  name = "AI Project"
}

data "coder_parameter" "system" {
  name = "System Prompt"
}

data "coder_parameter" "numbered" {
  name = "AI Prompt 10"
}
