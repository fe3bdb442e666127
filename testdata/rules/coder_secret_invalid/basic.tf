data "coder_secret" "both" {
  # expect: coder_secret_invalid @18-25 "data.coder_secret.both sets both env and file: exactly one of `env` or `file` must be set"
  env          = "TOKEN"
  file         = "~/token"
  help_message = "Store your token"
}

# expect: coder_secret_invalid "data.coder_secret.neither sets neither env nor file"
data "coder_secret" "neither" {
  help_message = "Store your token"
}

data "coder_secret" "bad_env" {
  # expect: coder_secret_invalid @18 "env of data.coder_secret.bad_env: `env` must be a POSIX-compliant identifier"
  env          = "MY-TOKEN"
  help_message = "Store your token"
}

data "coder_secret" "bad_file" {
  # expect: coder_secret_invalid @18 "file of data.coder_secret.bad_file: `file` must start with `/` or `~/`; got \"token.txt\""
  file         = "token.txt"
  help_message = "Store your token"
}

data "coder_secret" "env" {
  env          = "GITHUB_TOKEN"
  help_message = "Store your token"
}

data "coder_secret" "file" {
  file         = "~/.config/token"
  help_message = "Store your token"
}
