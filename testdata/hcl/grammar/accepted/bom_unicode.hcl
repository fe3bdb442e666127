a = 1
b = "été"
élève = "x" # ✓
