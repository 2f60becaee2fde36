# cmath: phase, polar, rect, log with a base, isclose, predicates, constants,
# argument conversion and error messages.
import cmath

inf = float('inf')
nan = float('nan')
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, -2.0, 1e-300, 5e-324, -5e-324,
        2.2250738585072014e-308, 1e300, -1e300, 1.7976931348623157e308, 0.7, 3.0, -10.0,
        710.0, -710.0, inf, -inf, nan]


def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        return type(e).__name__ + ':' + str(e)
    return repr(r)


for x in vals:
    row = []
    for y in vals:
        z = complex(x, y)
        row.append(show(cmath.phase, z))
        row.append(show(cmath.polar, z))
        row.append(show(cmath.rect, x, y))
        for b in [2.0, 10.0, 0.5, 1.0, 0.0, complex(1, 1), complex(-2, 0.0), complex(-2, -0.0)]:
            row.append(show(cmath.log, z, b))
        row.append(show(cmath.isclose, z, complex(y, x)))
        row.append(show(cmath.isfinite, z) + show(cmath.isinf, z) + show(cmath.isnan, z))
    print(repr(x), ' '.join(row))

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(type(cmath.infj), type(cmath.pi))

# ordinary values
import random
rng = random.Random(5)
for i in range(200):
    z = complex(rng.uniform(-4, 4), rng.uniform(-4, 4))
    print([show(getattr(cmath, n), z) for n in
           ['sqrt', 'exp', 'log', 'log10', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh',
            'cos', 'cosh', 'sin', 'sinh', 'tan', 'tanh', 'phase', 'polar']])


class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


class Bad:
    def __complex__(self):
        return 5


for arg in [C(), F(), I(), 3, True, 2.5, 1 + 1j, 'x', None, Bad(), [1]]:
    print(show(cmath.sqrt, arg), show(cmath.phase, arg))
print(show(cmath.sqrt))
print(show(cmath.sqrt, 1, 2))
print(show(cmath.log))
print(show(cmath.log, 1, 2, 3))
print(show(cmath.rect, 1))
print(show(cmath.rect, 'a', 1))
print(show(cmath.isclose, 1))
print(show(cmath.isclose, 1, 2, 3))
print(show(cmath.isclose, 1, 1.0000000001))
print(show(cmath.isclose, 1, 1.01, rel_tol=0.1))
print(show(cmath.isclose, 1j, 1.01j, abs_tol=0.1))
print(show(cmath.isclose, 1, 2, rel_tol=-1))
print(show(cmath.isclose, 1, 2, abs_tol=-1))
print(show(cmath.isclose, inf, inf), show(cmath.isclose, nan, nan))
print(show(cmath.exp, 1000), show(cmath.cosh, 1000), show(cmath.sinh, 1000j))
print(show(cmath.atanh, 1), show(cmath.atanh, -1), show(cmath.log, 0), show(cmath.log10, 0))
print(show(cmath.log, 8, 2), show(cmath.log, 100, 10), show(cmath.log, -1, 1j))
print(show(cmath.phase, -1), show(cmath.phase, complex(-1, -0.0)), show(cmath.sqrt, -1))
print(show(cmath.sqrt, complex(-1, -0.0)), show(cmath.acos, 2), show(cmath.acos, complex(2, -0.0)))
