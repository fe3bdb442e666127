# expect: 2:6 Invalid block definition
a "x"
{
}
