variable "count" {
}

variable "1bad" {
}

variable "quoted" {
  type = "string"
}

variable "unknown_type" {
  type = strang
}

variable "bad_default" {
  type    = number
  default = "abc"
}

variable "list_default" {
  type    = list(string)
  default = "hello"
}

variable "object_default" {
  type    = object({ name = string, size = optional(number) })
  default = { size = 1 }
}

variable "not_null" {
  type     = string
  nullable = false
  default  = null
}

variable "bad_sensitive" {
  sensitive = "maybe"
}

variable "unexpected" {
  typo = 1
}

variable "good" {
  type = map(object({ a = optional(string, "x") }))
  default = {
    k = { a = "y" }
  }
}
