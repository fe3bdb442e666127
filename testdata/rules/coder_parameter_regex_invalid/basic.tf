data "coder_parameter" "lookahead" {
  name    = "lookahead"
  default = "abc1"
  validation {
    # expect: coder_parameter_regex_invalid @13-28 "regex \"^(?=.*\\\\d).+$\" of data.coder_parameter.lookahead is not a valid Go (RE2) regular expression: the provider fails with \"compile regex\": error parsing regexp: invalid or unsupported Perl syntax: `(?=`"
    regex = "^(?=.*\\d).+$"
    error = "Needs a digit"
  }
}

data "coder_parameter" "backreference" {
  name    = "backreference"
  default = "aa"
  validation {
    # expect: coder_parameter_regex_invalid @13-21 "error parsing regexp: invalid escape sequence: `\\1`"
    regex = "(a)\\1"
    error = "Twice"
  }
}

data "coder_parameter" "unclosed" {
  name    = "unclosed"
  default = "a"
  validation {
    # expect: coder_parameter_regex_invalid @13-19 "error parsing regexp: missing closing ): `(a|b`"
    regex = "(a|b"
  }
}

data "coder_parameter" "too_many" {
  name    = "too_many"
  default = "a"
  validation {
    # expect: coder_parameter_regex_invalid @13-22 "error parsing regexp: invalid repeat count: `{1001}`"
    regex = "a{1001}"
    error = "Too many"
  }
}

data "coder_parameter" "possessive" {
  name    = "possessive"
  default = "a"
  validation {
    # expect: coder_parameter_regex_invalid @13-18 "error parsing regexp: invalid nested repetition operator: `++`"
    regex = "a++"
    error = "Possessive"
  }
}

# Accepted: RE2 syntax Java does not have.
data "coder_parameter" "ok_named" {
  name    = "ok_named"
  default = "ab"
  validation {
    regex = "^(?P<first>[[:alpha:]])\\pL*$"
    error = "Letters"
  }
}

data "coder_parameter" "ok_quoted" {
  name    = "ok_quoted"
  default = "a.b"
  validation {
    regex = "\\Qa.b\\E"
    error = "Literal"
  }
}

# Not a string parameter: coder_parameter_validation_invalid reports it.
data "coder_parameter" "number" {
  name    = "number"
  type    = "number"
  default = 1
  validation {
    regex = "(?=1)"
    error = "One"
  }
}

data "coder_parameter" "not_planned" {
  count   = 0
  name    = "not_planned"
  default = "a"
  validation {
    regex = "(?!a)"
    error = "Never"
  }
}
