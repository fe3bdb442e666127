a = "${ {a = "}"} }"
b = "x${ {for k, v in m : k => "${v}}"} }y"
c = "${"${"${x}"}"}"
d = "%{ if {a = "}"}.a == "}" }yes%{ else }no%{ endif }"
