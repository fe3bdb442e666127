# expect: 3:6 Invalid character
# expect: 3:6 Missing newline after argument
a = 1;
