# "for" right after a block's brace is an attribute name, not a for expression
b {
for = 1
}
c "label" {for = [1, 2]}
d = {for k, v in m : k => v}
