resource "coder_agent" "main" {
  os   = "linux"
  arch = "amd64"
}

resource "coder_devcontainer" "bad" {
  agent_id = coder_agent.main.id
  # expect: coder_devcontainer_workspace_folder_empty @22-24 "workspace_folder of coder_devcontainer.bad is empty: expected \"workspace_folder\" not to be an empty string"
  workspace_folder = ""
}

resource "coder_devcontainer" "ok" {
  agent_id         = coder_agent.main.id
  workspace_folder = "/home/coder/project"
}
