paths "modules/**" { kind = "module" }
paths "templates/agent-id-template" { kind = "template" }
