variable "names" {
  type = list(string)
}

variable "items" {
  type = list(object({ id = string, tags = list(string) }))
}

resource "terraform_data" "x" {
  input = {
    first  = var.names[0]
    second = var.items[1].id
    ids    = var.items[*].id
    # a.*.b[0] indexes the whole list, a[*].b[0] each element: in parentheses it keeps its meaning
    tag = (var.items[*].tags)[0]

    first_item = (var.items[*])[0]
  }
}
