# Unary special methods and numeric conversions.
class N:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return N(-self.v)
    def __pos__(self):
        return N(abs(self.v))
    def __invert__(self):
        return N(~self.v)
    def __abs__(self):
        return N(abs(self.v) * 10)
    def __repr__(self):
        return f"N({self.v})"
    def __round__(self, nd=None):
        return f"round({self.v}, {nd})"
    def __trunc__(self):
        return 99
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
n = N(-5)
print(-n, +n, ~n, abs(n), round(n), round(n, 2))
print(n.__trunc__(), n.__floor__(), n.__ceil__(), int(n) if hasattr(N, "__int__") else "no __int__")
class Nothing:
    pass
for op in ["-x", "+x", "~x", "abs(x)"]:
    try:
        eval(op, {"x": Nothing()})
    except TypeError as e:
        print(e)
print(-True, +False, ~True, -(-3), ~~7, -0.0, +(-0.0))
try:
    ~1.5
except TypeError as e:
    print(e)
try:
    -"s"
except TypeError as e:
    print(e)
try:
    round(Nothing())
except TypeError as e:
    print(e)
class Complexy:
    def __complex__(self):
        return 1 + 2j
print(complex(Complexy()))
class Floaty:
    def __float__(self):
        return 2.5
print(float(Floaty()))
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print(e)
