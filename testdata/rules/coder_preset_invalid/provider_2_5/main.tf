terraform {
  required_providers {
    coder = {
      source  = "coder/coder"
      version = "~> 2.5.0"
    }
  }
}

# The TTL check is in 2.5.0: an error.
data "coder_workspace_preset" "ttl" {
  name = "ttl"
  prebuilds {
    instances = 1
    expiration_policy {
      # expect: coder_preset_invalid "\"ttl\" must be 0 or between 3600 and 31536000, got 31536001"
      ttl = 31536001
    }
  }
}

# The time zone check came with 2.6.0: a notice.
data "coder_workspace_preset" "zone" {
  name = "zone"
  prebuilds {
    instances = 1
    scheduling {
      # expect: coder_preset_invalid "(will fail when the coder provider is upgraded to 2.6.0; the constraint \"~> 2.5.0\" does not allow it yet)"
      timezone = "Mars/Olympus_Mons"
      schedule {
        cron      = "* 9-17 * * *"
        instances = 1
      }
    }
  }
}
