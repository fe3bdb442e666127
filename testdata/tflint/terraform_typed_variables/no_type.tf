
variable "untyped" {
  default = "d"
}