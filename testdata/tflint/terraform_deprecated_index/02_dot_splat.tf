# legacy splat
locals {
  hosts = [{ ip = "10.0.0.1" }]
  ips   = hosts.*.ip
}
