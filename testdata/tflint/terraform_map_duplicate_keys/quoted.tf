
resource "null_resource" "t" {
    triggers = {
        a = "x"
        "a" = "y"
    }
}