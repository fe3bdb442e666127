# expect: coder_external_auth_id_empty @41-43 "id of data.coder_external_auth.bad is empty: id is required"
data "coder_external_auth" "bad" { id = "" }

data "coder_external_auth" "github" {
  id = "github"
}
