# a variable with a type
variable "zone" {
  type = string
}
