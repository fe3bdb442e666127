data "coder_workspace_preset" "no_name" {
  # expect: coder_preset_invalid @10-12 "name of data.coder_workspace_preset.no_name is empty"
  name = ""
}

data "coder_workspace_preset" "long_description" {
  name = "long"
  # expect: coder_preset_invalid @17 "description of data.coder_workspace_preset.long_description has 130 bytes: expected length of description to be in the range (0 - 128)"
  description = "${join("", [for i in range(128) : "x"])}é"
}

data "coder_workspace_preset" "negative" {
  name = "negative"
  prebuilds {
    # expect: coder_preset_invalid "prebuilds instances of data.coder_workspace_preset.negative is -1: expected instances to be at least (0)"
    instances = -1
  }
}

data "coder_workspace_preset" "short_ttl" {
  name = "short ttl"
  prebuilds {
    instances = 1
    expiration_policy {
      # expect: coder_preset_invalid "\"ttl\" must be 0 or between 3600 and 31536000, got 60"
      ttl = 60
    }
  }
}

data "coder_workspace_preset" "bad_zone" {
  name = "bad zone"
  prebuilds {
    instances = 1
    scheduling {
      # expect: coder_preset_invalid "failed to load timezone \"America/New_Yrok\""
      timezone = "America/New_Yrok"
      schedule {
        cron      = "* 8-18 * * 1-5"
        instances = 3
      }
    }
  }
}

data "coder_workspace_preset" "minute" {
  name = "minute"
  prebuilds {
    instances = 1
    scheduling {
      timezone = "UTC"
      schedule {
        # expect: coder_preset_invalid "cron spec failed validation: minute field should be *"
        cron      = "0 8-18 * * 1-5"
        instances = 3
      }
    }
  }
}

data "coder_workspace_preset" "hour_25" {
  name = "hour 25"
  prebuilds {
    instances = 1
    scheduling {
      timezone = "UTC"
      schedule {
        # expect: coder_preset_invalid "failed to parse cron spec: end of range (25) above maximum (23): 8-25"
        cron      = "* 8-25 * * *"
        instances = 3
      }
    }
  }
}

data "coder_workspace_preset" "overlap" {
  name = "overlap"
  prebuilds {
    instances = 1
    # expect: coder_preset_invalid @5-15 "overlap with each other: schedules overlap: * 8-18 * * 1-5 and * 12 * * *"
    scheduling {
      timezone = "Europe/Berlin"
      schedule {
        cron      = "* 8-18 * * 1-5"
        instances = 3
      }
      schedule {
        cron      = "* 12 * * *"
        instances = 5
      }
    }
  }
}

data "coder_workspace_preset" "ok" {
  name        = "ok"
  description = "Weekday office hours"
  default     = true
  parameters = {
    region = "eu"
  }
  prebuilds {
    instances = 1
    expiration_policy {
      ttl = 86400
    }
    scheduling {
      timezone = "America/New_York"
      schedule {
        cron      = "* 8-18 * * 1-5"
        instances = 3
      }
      schedule {
        cron      = "* 19-23 * * 1-5"
        instances = 0
      }
      schedule {
        cron      = "* * * * 0,6"
        instances = 0
      }
    }
  }
}

data "coder_workspace_preset" "no_expiry" {
  name = "no expiry"
  prebuilds {
    instances = 0
    expiration_policy {
      ttl = 0
    }
  }
}
