café = "naïve"
with-dash = 1
_under = 2
emoji = "👩‍💻x" # after
next = 3
