# read only by its own validation
variable "unread" {
  validation {
    condition     = var.unread != ""
    error_message = "must not be empty, got: ${var.unread}"
  }
}
