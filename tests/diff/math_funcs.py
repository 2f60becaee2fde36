import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
def t(f, *a, **k):
    try:
        print(f.__name__, a, repr(f(*a, **k)))
    except Exception as e:
        print(f.__name__, a, type(e).__name__, e)
inf, nan = math.inf, math.nan
for f in [math.sqrt, math.exp, math.exp2, math.expm1, math.sin, math.cos, math.tan, math.asin, math.acos,
          math.atan, math.sinh, math.cosh, math.tanh, math.asinh, math.acosh, math.atanh, math.erf,
          math.erfc, math.cbrt, math.fabs, math.degrees, math.radians,
          math.log1p, math.log, math.log2, math.log10, math.ulp, math.isfinite, math.isinf, math.isnan]:
    for x in [0.0, -0.0, 0.5, 1, -1, 2.5, -2.5, 10, 1000, -1000, inf, -inf, nan, 10**400, 'a']:
        t(f, x)
for f in [math.atan2, math.copysign, math.fmod, math.remainder, math.pow, math.nextafter]:
    for x, y in [(1, 2), (-3.5, 2), (5, 0), (0, 0), (0, -1), (-8, 1/3), (inf, 2), (2, inf), (-inf, 3),
                 (nan, 0), (1, nan), (10, 400), (7, 2), (-7.5, 2), (5.5, -inf), (2, -1074), (1.0, 0.0)]:
        t(f, x, y)
t(math.sqrt); t(math.atan2, 1); t(math.nextafter, 1, 2, 3); t(math.sqrt, x=1)
for x in [0, -1, -2.0, 1, 2, 1000, 1e308, -1e308, inf, -inf, nan, 'a']:
    t(math.gamma, x); t(math.lgamma, x)
