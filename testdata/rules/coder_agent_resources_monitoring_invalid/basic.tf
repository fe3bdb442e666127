resource "coder_agent" "memory" {
  os   = "linux"
  arch = "amd64"
  resources_monitoring {
    memory {
      enabled = true
      # expect: coder_agent_resources_monitoring_invalid "memory threshold of coder_agent.memory is 101: expected threshold to be in the range (0 - 100)"
      threshold = 101
    }
  }
}

resource "coder_agent" "volume_threshold" {
  os   = "linux"
  arch = "amd64"
  resources_monitoring {
    volume {
      path    = "/home/coder"
      enabled = true
      # expect: coder_agent_resources_monitoring_invalid "volume threshold of coder_agent.volume_threshold is -5"
      threshold = -5
    }
  }
}

resource "coder_agent" "relative" {
  os   = "linux"
  arch = "amd64"
  resources_monitoring {
    volume {
      # expect: coder_agent_resources_monitoring_invalid "volume path \"home/coder\" of coder_agent.relative: volume path must be an absolute path"
      path      = "home/coder"
      enabled   = true
      threshold = 90
    }
  }
}

resource "coder_agent" "empty" {
  os   = "linux"
  arch = "amd64"
  resources_monitoring {
    volume {
      # expect: coder_agent_resources_monitoring_invalid "volume path must not be empty"
      path      = ""
      enabled   = true
      threshold = 90
    }
  }
}

resource "coder_agent" "twice" {
  os   = "linux"
  arch = "amd64"
  resources_monitoring {
    volume {
      path      = "/data"
      enabled   = true
      threshold = 90
    }
    volume {
      # expect: coder_agent_resources_monitoring_invalid "duplicate volume path \"/data\""
      path      = "/data"
      enabled   = true
      threshold = 80
    }
  }
}

resource "coder_agent" "ok" {
  os   = "linux"
  arch = "amd64"
  resources_monitoring {
    memory {
      enabled   = true
      threshold = 100
    }
    volume {
      path      = "/"
      enabled   = true
      threshold = 0
    }
    volume {
      path      = "/home/coder"
      enabled   = false
      threshold = 95
    }
  }
}

# Absolute on a Windows provisioner: not reported.
resource "coder_agent" "windows" {
  os   = "windows"
  arch = "amd64"
  resources_monitoring {
    volume {
      path      = "C:\\Users"
      enabled   = true
      threshold = 90
    }
  }
}
