
variable "anything" {
  type = any
}