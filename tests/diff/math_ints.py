import math
def t(f, *a, **k):
    try:
        print(f.__name__, a, k, repr(f(*a, **k)))
    except Exception as e:
        print(f.__name__, a, k, type(e).__name__, e)
class C:
    def __repr__(self): return "C()"
    def __floor__(self): return 'F'
    def __ceil__(self): return 'C'
    def __trunc__(self): return 'T'
class D:
    def __repr__(self): return "D()"
    def __float__(self): return 2.5
for f in [math.floor, math.ceil, math.trunc]:
    for x in [2.5, -2.5, 7, True, 10**30, 1e300, math.inf, math.nan, C(), D(), 'a']:
        t(f, x)
for x in [0.5, -3.25, 0.0, math.inf, -math.inf, 1e-310, 123456.789]:
    t(math.modf, x); t(math.frexp, x)
for x, i in [(1.0, 10), (0.5, 1024), (1.0, 1025), (1.0, -1080), (3, 10**30), (3, -10**30), (1.0, 2.0), (0.0, 10**30), (math.inf, -5)]:
    t(math.ldexp, x, i)
t(math.isclose, 1.0, 1.0 + 1e-10); t(math.isclose, 1, 1.1, rel_tol=0.2); t(math.isclose, 0, 1e-12, abs_tol=1e-11)
t(math.isclose, 1, 2, rel_tol=-1); t(math.isclose, math.inf, math.inf); t(math.isclose, math.inf, 1e308)
for n in [0, 1, 5, 20, 25, 100, -1, 5.0, 'a', True]:
    t(math.factorial, n)
for n in [0, 1, 2, 3, 15, 16, 17, 10**20, 10**41 - 1, 2**200, -1, 4.0]:
    t(math.isqrt, n)
t(math.gcd); t(math.gcd, 12, 18); t(math.gcd, -12, 18, 27); t(math.gcd, 2**100, 6**50); t(math.gcd, 1.5)
t(math.lcm); t(math.lcm, 4, 6); t(math.lcm, -4, 6, 10); t(math.lcm, 0, 5); t(math.lcm, 2**70, 3**30)
for n, k in [(5, 2), (10, 0), (10, 10), (3, 5), (50, 25), (-1, 2), (5, -1), (1.0, 2), (10**30, 3)]:
    t(math.comb, n, k); t(math.perm, n, k)
t(math.perm, 5); t(math.perm, 5, None); t(math.perm, 10**30, 10**20); t(math.comb, 10**30, 10**20)
t(math.prod, [1, 2, 3, 4]); t(math.prod, []); t(math.prod, [2, 3], start=10); t(math.prod, [1.5, 2]); t(math.prod, [1], 2)
t(math.fsum, [0.1] * 10); t(math.fsum, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]); t(math.fsum, [])
t(math.fsum, [1, 2**-52, 2**-53 + 2**-105]); t(math.fsum, [math.inf, 1]); t(math.fsum, [math.inf, -math.inf])
t(math.fsum, [1e308, 1e308]); t(math.fsum, [math.nan, 1]); t(math.fsum, 1); t(math.fsum, ['a'])
t(math.fsum, [1.7976931348623157e308, -1e292]); t(math.fsum, [i / 7 for i in range(100)])
t(math.hypot); t(math.hypot, 3, 4); t(math.hypot, -5); t(math.hypot, 1, 2, 3, 4, 5); t(math.hypot, math.inf, math.nan)
t(math.hypot, math.nan, 1); t(math.hypot, 1e308, 1e308); t(math.hypot, 1e-320, 1e-320); t(math.hypot, *[0.1 * i for i in range(30)])
t(math.dist, (0, 0), (3, 4)); t(math.dist, [1, 2, 3], (4, 6, 8)); t(math.dist, (1,), (1, 2)); t(math.dist, 1, 2)
t(math.log, 10**400); t(math.log, 10**400, 10); t(math.log, 8, 2); t(math.log, 2, 1); t(math.log, -10**400); t(math.log, 0)
t(math.log2, 2**1000 + 1); t(math.log10, 10**1000); t(math.log, 10**400, 0.5); t(math.log1p, 10**400); t(math.sqrt, 10**400)
for x in [0.1, 1.5, 2.0, 10.0, 1e300, 0.5e-320]:
    t(math.hypot, x, 3 * x); t(math.ulp, x)
