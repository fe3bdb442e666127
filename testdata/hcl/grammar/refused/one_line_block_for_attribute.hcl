b "l" {for = 1
}
