variable "used" {
  type = string
}

# expect: unused_variable "variable \"unused\" is declared but never used: remove it, or read it as var.unused"
variable "unused" {
  type    = string
  default = "x"
}

# Its own validation does not count as a use.
# expect: unused_variable "variable \"only_validated\""
variable "only_validated" {
  type = string
  validation {
    condition     = length(var.only_validated) > 0
    error_message = "Must not be empty."
  }
}

variable "in_template" {
  type = string
}

variable "in_heredoc" {
  type = string
}

variable "indexed" {
  type = list(string)
}

variable "in_condition" {
  type = bool
}

resource "coder_agent" "main" {
  count          = var.in_condition ? 1 : 0
  os             = "linux"
  dir            = "/home/${var.used}"
  startup_script = <<-EOT
    echo ${var.in_heredoc}
  EOT
  env = {
    A = "x-${var.in_template}"
    B = var.indexed[0]
  }
}
