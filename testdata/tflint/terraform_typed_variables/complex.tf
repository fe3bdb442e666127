
variable "nested" {
  type = list(object({
    a = number
    b = string
  }))
}