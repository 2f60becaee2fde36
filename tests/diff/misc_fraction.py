# A Fraction class written by hand: arithmetic, comparison, hashing, formatting.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError(f"Frac({n}, 0)")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def _coerce(o):
        if isinstance(o, Frac):
            return o
        if isinstance(o, int):
            return Frac(o)
        return None
    def __add__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return Frac(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return Frac(o) / self
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __pow__(self, k):
        return Frac(self.n ** k, self.d ** k) if k >= 0 else Frac(self.d ** -k, self.n ** -k)
    def __eq__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else self.n * o.d < o.n * self.d
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __bool__(self):
        return self.n != 0
    def __repr__(self):
        return f"Frac({self.n}, {self.d})"
    def __str__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"
    def __format__(self, spec):
        return format(str(self), spec)
a, b = Frac(1, 3), Frac(-2, 4)
print(a, b, repr(b), a + b, a - b, a * b, a / b, -a, a ** 3, b ** -2, 1 + a, 1 - a, 2 * a, 1 / a)
print(a == Frac(2, 6), a < b, b < a, sorted([a, b, Frac(0), Frac(5, 2)]), a <= a, Frac(4, 2) == 2)
print(sum([Frac(1, n) for n in range(1, 11)], Frac(0)), float(Frac(22, 7)), bool(Frac(0, 5)))
print({Frac(2, 1): "two"}[2], len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}), f"[{a:>8}]")
h = Frac(0)
for k in range(1, 30):
    h += Frac(1, k * (k + 1))
print(h)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    a + 1.5
except TypeError as e:
    print(e)
