resource "coder_agent" "bad" {
  os = "linux"
  # expect: coder_agent_arch_invalid @10-18 "arch \"x86_64\" of coder_agent.bad is not allowed"
  arch = "x86_64"
}

resource "coder_agent" "ok" {
  os   = "linux"
  arch = "armv7"
}
