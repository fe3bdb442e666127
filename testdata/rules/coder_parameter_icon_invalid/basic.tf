data "coder_parameter" "region" {
  name = "region"
  # expect: coder_parameter_icon_invalid @10-25 "icon of data.coder_parameter.region is not a URL Go can parse: parse \"/icon/50%.svg\": invalid URL escape \"%.s\""
  icon = "/icon/50%.svg"
}

data "coder_parameter" "size" {
  name    = "size"
  default = "s"
  option {
    name  = "Small"
    value = "s"
    # expect: coder_parameter_icon_invalid @13-42 "option icon of data.coder_parameter.size is not a URL Go can parse: parse \"https://example.com/%zz.png\": invalid URL escape \"%zz\""
    icon  = "https://example.com/%zz.png"
  }
}

data "coder_parameter" "newline" {
  name = "newline"
  # expect: coder_parameter_icon_invalid @10-28 "net/url: invalid control character in URL"
  icon = "/icon/code.svg\n"
}

data "coder_parameter" "colon" {
  name = "colon"
  # expect: coder_parameter_icon_invalid @10-27 "missing protocol scheme"
  icon = ":/icon/code.svg"
}

# Accepted: Go parses these.
data "coder_parameter" "ok" {
  name = "ok"
  icon = "/icon/c%2B%2B.svg"
}

data "coder_parameter" "ok_query" {
  name = "ok_query"
  icon = "https://example.com/i.png?x=%zz"
}

data "coder_parameter" "ok_emoji" {
  name = "ok_emoji"
  icon = "/emojis/1f510.png"
}

data "coder_parameter" "ok_odd" {
  name = "ok_odd"
  icon = "not a url at all%"
}
