x {
  a = b[ # a line comment stands for a newline
  *]
}
