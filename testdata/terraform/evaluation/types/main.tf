variable "names" {
  type    = list(string)
  default = ["a", "b"]
}

variable "enabled" {
  type    = bool
  default = true
}

variable "no_numbers" {
  type    = list(number)
  default = []
}

variable "optional_names" {
  type    = set(string)
  default = null
}

# HCL unifies both results of a conditional: the empty tuple becomes an empty set of strings
resource "coder_app" "chosen_set" {
  for_each = var.enabled ? toset(var.names) : []
  agent_id = coder_agent.main.id
  slug     = each.key
}

resource "coder_app" "chosen_empty" {
  for_each = !var.enabled ? toset(var.names) : []
  agent_id = coder_agent.main.id
  slug     = each.key
}

resource "coder_app" "empty_first" {
  for_each = var.enabled ? [] : toset(var.names)
  agent_id = coder_agent.main.id
  slug     = each.key
}

resource "coder_app" "maps" {
  for_each = var.enabled ? { a = 1 } : { b = "x" }
  agent_id = coder_agent.main.id
  slug     = each.key
}

resource "coder_app" "coalesced" {
  for_each = coalesce(var.optional_names, toset(["c"]))
  agent_id = coder_agent.main.id
  slug     = each.key
}

resource "coder_app" "concatenated" {
  for_each = toset(concat(var.names, ["z"]))
  agent_id = coder_agent.main.id
  slug     = each.key
}

# an empty set of numbers gives no instance and no error: Terraform checks the element type of non-empty sets only
resource "coder_app" "no_numbers" {
  for_each = toset(var.no_numbers)
  agent_id = coder_agent.main.id
  slug     = "n-${each.key}"
}

# number and string unify to string; count converts "2" back to a number
resource "coder_app" "counted" {
  count    = var.enabled ? 2 : "1"
  agent_id = coder_agent.main.id
  slug     = "c-${count.index}"
}

# a tuple is Terraform's error, whatever its elements
resource "coder_app" "tuple" {
  for_each = ["a"]
  agent_id = coder_agent.main.id
  slug     = each.key
}

resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

# a configured argument is a tuple to templint, but the provider's schema makes it a set of strings
resource "aws_instance" "web" {
  ami                    = "ami-1"
  vpc_security_group_ids = ["sg-1", "sg-2"]
}

resource "coder_app" "from_resource" {
  for_each = aws_instance.web.vpc_security_group_ids
  agent_id = coder_agent.main.id
  slug     = each.key
}

# a parameter's default stands in for the value each workspace chooses
data "coder_parameter" "regions" {
  name    = "regions"
  type    = "string"
  default = "[\"eu\"]"
}

resource "coder_app" "from_parameter" {
  for_each = jsondecode(data.coder_parameter.regions.value)
  agent_id = coder_agent.main.id
  slug     = each.key
}

# incompatible result types are HCL's error even in a default
variable "inconsistent" {
  default = true ? "a" : {}
}

module "network" {
  source = "./modules/network"
}

resource "coder_app" "from_module_resource" {
  for_each = module.network.security_groups
  agent_id = coder_agent.main.id
  slug     = each.key
}

resource "coder_app" "from_module_tuple" {
  for_each = module.network.zones
  agent_id = coder_agent.main.id
  slug     = each.key
}

# a bool never converts to a number: Terraform's error even before the value is known
variable "flag" {
  type = bool
}

resource "coder_app" "bool_count" {
  count    = var.flag
  agent_id = coder_agent.main.id
  slug     = "b-${count.index}"
}
