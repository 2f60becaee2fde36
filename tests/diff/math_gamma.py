import math
xs = [0.5, 1.5, 2.5, -2.5, 5, 10, 0.1, 1e-5, 1e-25, -1e-25, 3.7, 17.3, 24, 30.5, 100.5, 141.5, 150, 171.5, 172, -0.5,
      -1.5, -10.3, -100.7, -150.2, -180.5, -201.5, 1e10, 2.0000001, 0.9999, 7, 23, 23.5, -7.00001, 1e300, 1e-300, 5e-324,
      -5e-324, 0, -0.0, -3, 1, 2, math.inf, -math.inf, math.nan]
for x in xs:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, x, repr(f(x)))
        except Exception as e:
            print(f.__name__, x, type(e).__name__, e)
seed = 12345
for i in range(300):
    seed = (seed * 1103515245 + 12345) % 2**31
    x = seed / 2**31 * 110 - 50
    print(repr(x), repr(math.gamma(x)), repr(math.lgamma(x)))
