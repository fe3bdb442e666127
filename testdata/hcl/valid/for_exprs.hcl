tuple = [for s in var.list : upper(s) if s != ""]
object = {for k, v in var.map : k => v}
grouped = {for v in var.list : v.key => v...}
