# Native-syntax twin of all-blocks.tf.json: both must read to the same structure.
terraform {
  required_version = ">= 1.5"
  required_providers {
    coder  = { source = "coder/coder", version = ">= 2.7.0" }
    aws    = { source = "hashicorp/aws", configuration_aliases = [aws.west] }
    legacy = "~> 1.0"
  }
  backend "s3" {
    bucket = "state"
    key    = "a/b"
  }
  cloud {
    organization = "acme"
    workspaces {
      tags = ["app"]
    }
  }
  provider_meta "coder" {
    module_name = "x"
  }
}

variable "region" {
  type        = string
  default     = "eu-west"
  description = "Region"
  validation {
    condition     = length(var.region) > 0
    error_message = "Empty."
  }
  validation {
    condition     = var.region != "x"
    error_message = "No x."
  }
}

variable "tags" {
  type      = map(string)
  default   = { team = "ai" }
  sensitive = true
}

output "app_id" {
  value       = coder_app.web.id
  description = "The app"
  sensitive   = false
  depends_on  = [coder_app.web]
  precondition {
    condition     = true
    error_message = "never"
  }
}

locals {
  greeting = "Hello, ${var.region}"
  count    = 3
}

module "claude" {
  source     = "registry.coder.com/coder/claude-code/coder"
  version    = "3.0.0"
  count      = data.coder_workspace.me.start_count
  providers  = { aws = aws.west }
  depends_on = [coder_agent.main]
  agent_id   = coder_agent.main.id
}

provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_instance" "web" {
  ami              = "ami-123"
  provider         = aws.west
  depends_on       = [aws_s3_bucket.b, module.claude]
  ebs_block_device = [{ device_name = "/dev/sdb" }]
  lifecycle {
    create_before_destroy = true
    ignore_changes        = [tags, ami]
    replace_triggered_by  = [aws_s3_bucket.b.id]
    precondition {
      condition     = self.ami != ""
      error_message = "ami"
    }
    postcondition {
      condition     = true
      error_message = "p"
    }
  }
  connection {
    type = "ssh"
    host = self.public_ip
  }
  provisioner "local-exec" {
    command    = "echo ${self.id}"
    when       = destroy
    on_failure = continue
  }
  provisioner "remote-exec" {
    inline = ["uptime"]
    connection {
      type = "winrm"
    }
  }
  dynamic "network_interface" {
    for_each = var.nics
    iterator = nic
    content {
      device_index = nic.key
    }
  }
}

resource "aws_s3_bucket" "b" {
  bucket = "b"
}

data "coder_workspace" "me" {}

data "aws_ami" "ubuntu" {
  most_recent = true
  filter      = [{ name = "name", values = ["ubuntu*"] }]
}

ephemeral "random_password" "db" {
  length = 16
}

moved {
  from = aws_instance.old
  to   = aws_instance.web
}

import {
  to = aws_s3_bucket.b
  id = "b"
}

import {
  to       = aws_s3_bucket.c[each.key]
  id       = each.value
  for_each = var.buckets
}

removed {
  from = aws_instance.gone
  lifecycle {
    destroy = false
  }
}

check "health" {
  data "http" "site" {
    url = "https://example.com"
  }
  assert {
    condition     = data.http.site.status_code == 200
    error_message = "down"
  }
}

action "aws_lambda_invoke" "notify" {
  config {
    function_name = "f"
  }
}
