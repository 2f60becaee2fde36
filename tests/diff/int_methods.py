# int methods, attributes, rounding, bool, constructors and subclasses.
def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    return repr(r)

print("== attributes and simple methods")
for v in [0, 5, -5, 2**70, -(2**70), True, False]:
    print(v, v.real, v.imag, v.numerator, v.denominator, v.conjugate(), v.as_integer_ratio(),
          v.__trunc__(), v.__floor__(), v.__ceil__(), v.__index__(), v.__int__(), v.__float__(),
          v.__getnewargs__(), v.__sizeof__(), type(v.real).__name__, type(v.conjugate()).__name__)
print(show(lambda: (5).bit_length(1)), show(lambda: (5).conjugate(1)))

print("== round")
for v in [0, 5, 15, 25, 35, -15, -25, 12345, 12350, 12250, -12350, 10**30 + 5 * 10**10, 2**100, 149, 150, 151, 250, -250]:
    print(v, [round(v, n) for n in (None, 0, 2, -1, -2, -3, -10, -40)], type(round(v, -1)).__name__)
print(round(True, -1), type(round(True)).__name__, show(round, 5, 1.5), show(round, 5, "x"), round(5, 10**30))
print(round(5, True), round(123, False), show(lambda: (5).__round__(1, 2)))

print("== format (empty spec) and str")
for v in [0, -12, 10**25, True, False]:
    print(format(v), str(v), repr(v), "%s" % v, f"{v}")

print("== bool")
print(True, False, repr(True), str(False), bool(), bool(0), bool(1), bool(-1), bool(10**40), bool(""), bool("a"),
      bool([]), bool(None), bool(0.0), bool(2.5))
print(True & True, True & False, True | False, False ^ True, True ^ True, type(True & True).__name__,
      True & 3, type(True & 3).__name__, 1 | True, type(1 | True).__name__)
print(True + 1, True * True, -True, ~True, abs(False), True / 2, True // True, True ** 10, True == 1, False == 0,
      hash(True), True is bool(1), isinstance(True, int), issubclass(bool, int))
print(show(bool, 1, 2), show(lambda: bool(x=1)))
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
print(int(True), type(int(True)).__name__, True.bit_length(), True.to_bytes(1, "big"), bool.__name__)

print("== int constructor and subclasses")
class MyInt(int):
    def double(self):
        return MyInt(self * 2)
a = MyInt(21)
print(a.double(), type(a.double()).__name__, a == 21, a < 22, hash(a) == hash(21), MyInt(-5) // 2, MyInt(2**80) >> 70)
print(MyInt("0b11", 0), MyInt(3.7), MyInt(True), type(MyInt(True)).__name__, MyInt(10**40).bit_length())
print(str(MyInt(7)), repr(MyInt(-7)), format(MyInt(8)), MyInt(9).real, type(MyInt(9).real).__name__)
print([MyInt(i) for i in range(3)], sorted([MyInt(3), 1, MyInt(2)]), {MyInt(1): "a"}[1])
class Weird(int):
    def __repr__(self):
        return "Weird(%d)" % int(self)
    def __add__(self, other):
        return "added"
w = Weird(3)
print(repr(w), w + 1, 1 + w, w * 2, str(w))
print(int.__new__(MyInt, 5), type(int.__new__(MyInt, 5)).__name__, show(int.__new__, int, "z", 36))

print("== big numbers")
f = 1
for i in range(1, 301):
    f *= i
print(f)
print(f // 3**100, f % (10**50 + 7), divmod(f, 2**400 + 1))
print(f == 1 * f, f - f, (f + 1) * (f - 1) == f * f - 1)
print(len(str(2**10000)), 2**10000 % 10**20, (2**10000 - 1).bit_count())
print(3**2000 // 7**500, 3**2000 % 7**500)
x = 7**3000
y = 11**1000
q, r = divmod(x, y)
print(q * y + r == x, 0 <= r < y, r % 10**30)
print(-x // y == -(x // y) - 1, -x % y == y - r)
print(pow(3, 10**5, 10**40 + 3), pow(2**200 + 5, -1, 2**255 - 19))
