# int arithmetic on small, boundary and big values: every binary operator,
# floor semantics, signs, errors.
vals = [0, 1, -1, 2, -2, 3, -7, 7, 10, 255, -256, 2**31 - 1, -2**31, 2**32, 2**53 + 1,
        2**61 - 1, -2**61, 2**61, -2**61 - 1, 2**62, 2**63 - 1, -2**63, 2**64, -2**64 + 1,
        10**20, -10**20, 3**50, -(7**40), 2**100 - 1, -(2**100), 12345678901234567890123]

def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    return repr(r)

ops = [
    ("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
    ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("divmod", divmod),
    ("&", lambda a, b: a & b), ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b),
    ("cmp", lambda a, b: (a < b, a <= b, a == b, a != b, a > b, a >= b)),
]
for name, f in ops:
    print("==", name)
    for a in vals:
        print(a, [show(f, a, b) for b in vals])

print("== truediv")
for a in vals:
    print(a, [show(lambda x, y: x / y, a, b) for b in vals])

print("== shifts")
for a in vals:
    print(a, [show(lambda x, s: x << s, a, s) for s in (0, 1, 5, 31, 32, 33, 60, 61, 62, 63, 64, 100, -1)])
    print(a, [show(lambda x, s: x >> s, a, s) for s in (0, 1, 5, 31, 32, 33, 60, 61, 62, 63, 64, 100, 2**70, -1)])

print("== unary")
for a in vals:
    print(a, -a, +a, ~a, abs(a), bool(a), hash(a), a.bit_length(), a.bit_count())

print("== pow")
for a in [0, 1, -1, 2, -2, 3, -3, 10, 2**40, -(2**33) + 1, 7**30]:
    print(a, [show(pow, a, e) for e in (0, 1, 2, 3, 5, 10, 31, 62, 63, 64, 100, -1, -2)])
for a, e, m in [(3, 4, 5), (2, 100, 1000007), (-3, 3, 7), (3, -1, 7), (38, -1, 97),
                (10**20, 3, 10**9 + 7), (2, 10**30, 10**40 + 1), (5, 3, -7), (-5, 3, -7),
                (0, 0, 1), (4, 0, -1), (2, -1, 4), (2, 3, 0), (12345678901234567890, -1, 2**127 - 1),
                (7, 2**70, 2**100), (-1, -1, 10), (6, -1, 9)]:
    print(a, e, m, show(pow, a, e, m))
print(show(pow, 2, 3.0, 5), show(pow, 2.0, 3, 5), show(pow, 0, -1), show(pow, 0, -5))
print(show(lambda: 2 ** -1), show(lambda: (-2) ** -3), show(lambda: 10 ** -400), show(lambda: (10**400) ** -1))

print("== zero division")
for a in (0, 1, -5, 10**30):
    print(show(lambda: a // 0), show(lambda: a % 0), show(lambda: divmod(a, 0)), show(lambda: a / 0))

print("== mixed with float and bool")
for a in (0, 1, -3, 2**53 + 1, 10**30):
    print(a + 0.5, a * 1.5, a - True, a * False, a ** True, show(lambda: a / 2.0), a == float(a) if a < 2**60 else a == 1e30)
print(True + True, True * 10, False - 1, True // 2, True % 2, True << 3, True / 2, -True, ~False)

print("== comparisons with floats")
fl = [0.0, -0.0, 0.5, -0.5, 1.0, 2.0**53, 2.0**53 + 2, 2.0**63, 2.0**64, 1e30, -1e30, float("inf"), float("-inf"), float("nan"), 9007199254740993.0]
for a in [0, 1, -1, 2**53, 2**53 + 1, 2**63, 2**64 - 1, 10**30, -10**30, 2**1024, -(2**1024)]:
    print(a, [(a < f, a == f, a > f) for f in fl])

print("== subclass")
class MyInt(int):
    pass
m = MyInt(42)
print(type(m).__name__, m, repr(m), m + 1, type(m + 1).__name__, m * 2, -m, type(-m).__name__)
print(MyInt(10**30) // 7, MyInt("ff", 16), MyInt(), type(MyInt()).__name__, MyInt(7) == 7, hash(MyInt(-1)))
m.attr = 5
print(m.attr, isinstance(m, int), int(m), type(int(m)).__name__, abs(MyInt(-3)), type(abs(MyInt(-3))).__name__)
