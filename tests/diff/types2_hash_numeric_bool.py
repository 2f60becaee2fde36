# hash equality across numeric types and containers
vals = [0, 1, -1, -2, 2**61 - 1, 2**61, 2**64, -2**64, 10**20]
for v in vals:
    print(v, hash(v) == hash(float(v)), hash(v) == hash(complex(v)), hash(v) == hash(complex(v, 0.0)))
for f in [0.5, -0.5, 1.25, 1e-300, 1e300, 3.141592653589793, -0.0, 2.0**-1074]:
    print(f, hash(f) == hash(complex(f, 0)), hash(f))
print(hash(True) == hash(1) == hash(1.0) == hash(1 + 0j), hash(False) == hash(0) == hash(0.0) == hash(-0.0) == hash(0j))
print(hash(float("inf")), hash(float("-inf")), hash(complex(1, 1)), hash(complex(0, 1)), hash(complex(2.5, -3)))
print(hash(-1), hash(-1.0), hash(complex(-1, 0)))
d = {}
for k in [1, 1.0, True, 1 + 0j, 2, 2.0, "2"]:
    d[k] = d.get(k, 0) + 1
print(d)
s = {0, 0.0, -0.0, False, 0j, 1, 1.0, True, 1 + 0j}
print(s, len(s))
print({1: "a"}[1.0], {1.5: "b"}[1.5 + 0j], {2**100: "big"}[float(2**100)])
print(hash("") == 0, hash(b"") == 0, hash(()) == hash(()), hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset({1, 2})) == hash(frozenset({2.0, 1.0})))
print(hash(None) == hash(None), hash(...) == hash(...), hash(int) == hash(int))
print(hash(range(3)) == hash(range(0, 3, 1)), hash(range(0)) == hash(range(5, 5)))
print(1 == 1.0 == 1 + 0j, 2**53 + 1 == 2.0**53 + 1, (2**53 + 1) == float(2**53 + 1), 0.1 + 0.2 == 0.3, 10**16 == 1e16, 10**16 + 1 == 1e16)
print(1 < 1.5 < 2, 2**100 > 1e29, 2**100 < 1e31, -2**100 < -1e30, 2**1000 < float("inf"), 2**1000 > float("-inf"))
try:
    1j < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 < "1"
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", 1 != "1", None == 0, [] == (), "a" == b"a", b"a" == bytearray(b"a"), 1 == True, 0 == False)
print(True + True, True * 10, True / 2, True // 2, True % 2, True ** 2, -True, +True, ~True, ~False, True << 3, True >> 1)
print(True & True, True | False, True ^ True, type(True & True).__name__, type(True | 2).__name__, type(True + 0).__name__, type(-True).__name__)
print(True == 1.0, False < True, sum([True] * 5), max(True, 0), abs(False), int(True), float(True), complex(True), str(True), bool(2), bool(-0.0), bool("0"))
print(divmod(True, 3), pow(True, 5), round(True), True.real, True.imag, True.numerator, True.denominator, True.bit_length(), (True).to_bytes(1, "big"))
print(f"{True:>6}", f"{True:d}", f"{False!r}", "%d %s %r" % (True, True, False), format(True, "05"), format(True, "x"), format(False, ".1f"))
