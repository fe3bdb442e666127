# a number ends at its last digit; dots continue it when a digit or an exponent follows
plain    = [0, 7, 42, 1.5, 1e3, 1E-3, 2.5e+10]
dot_exp  = [8.e0, 3.E-2]
traverse = [2.x, a.0.b]
