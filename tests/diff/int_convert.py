# int <-> str/bytes/float conversions, int() argument handling, the
# integer string conversion length limit, hashing.
import sys

def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    return repr(r)

print("== int(str)")
for s in ["0", "-0", "+12", "  12_3  ", "1__2", "_1", "1_", "0x1f", "0b101", "0o17", "017", "00", "0_0",
          "0_7", "", " ", "-", "+-1", "12a", "١٢٣", "１２３", "\u00a012\u2000", "\x1c12", "9" * 50,
          "-" + "9" * 50, "1e5", "1.0", "0x", "0x_1f", "0X_F", "x" * 300, " \t\n12\r\x0b\x0c"]:
    print(repr(s), [show(int, s, b) for b in (10, 0, 16, 2, 8, 36)], show(int, s))
print(show(int, "z", 36), show(int, "Z", 36), show(int, "10", 37), show(int, "10", 1), show(int, "10", -1),
      show(int, "10", 2**70), show(int, "10", True))
print(show(int, b"  42  "), show(int, bytearray(b"-17")), show(int, b"0x10", 0), show(int, b"x" * 300),
      show(int, b"\xff"), show(int, b"12", 8))
print(show(int, 12, 10), show(int, None), show(int, [1]), show(int, 1j), show(int, 3.9), show(int, -3.9),
      show(int, 1e30), show(int, float("nan")), show(int, float("inf")), show(int), show(int, True))
print(show(lambda: int(base=10)), show(lambda: int(x=5)), show(lambda: int(1, 2, 3)), show(lambda: int("1", base=2)))

class A:
    def __int__(self):
        return 7
class B:
    def __index__(self):
        return 8
class D:
    def __int__(self):
        return "x"
class F:
    def __index__(self):
        return 2
print(show(int, A()), show(int, B()), show(int, D()), show(int, "11", F()))

print("== str(int) and limits")
for v in [0, 7, -7, 10**18, 10**19, -10**19, 2**64, 10**100, -(10**100) + 1, 3**1000]:
    print(str(v), repr(v), hex(v), oct(v), bin(v) if abs(v) < 2**200 else len(bin(v)))
print(len(str(10**4299)), len(str(-10**4299)))
print(show(str, 10**4300))
print(show(str, 10**5000))
print(show(int, "1" * 4300) == repr(int("1" * 4300)), show(int, "1" * 4301))
print(show(int, "1" * 5000 + "x"))
print(len(show(int, "_" + "1" * 5000)))
print(len(str(int("f" * 5000, 16))) if False else int("f" * 5000, 16) % 1000)
print(int("7" * 5000, 8) % 1000, show(int, "7" * 5000, 7)[:60])
print(sys.get_int_max_str_digits())
print(show(sys.set_int_max_str_digits, 100), show(sys.set_int_max_str_digits, -1))
sys.set_int_max_str_digits(640)
print(show(int, "1" * 641)[:70], len(str(10**639)), show(str, 10**640)[:50])
sys.set_int_max_str_digits(0)
print(len(str(10**6000)), int("9" * 6000) % 1000)
sys.set_int_max_str_digits(4300)

print("== to_bytes / from_bytes")
for v, n, order, signed in [(0, 1, "big", False), (1, 2, "big", False), (1, 2, "little", False),
                            (255, 1, "big", False), (256, 1, "big", False), (-1, 1, "big", True),
                            (-1, 1, "big", False), (-128, 1, "big", True), (-129, 1, "big", True),
                            (127, 1, "big", True), (128, 1, "big", True), (2**64 - 1, 8, "little", False),
                            (-(2**63), 8, "big", True), (10**30, 13, "big", False), (0, 0, "big", False),
                            (1, 0, "big", False), (-1, 0, "big", True), (1, -1, "big", False),
                            (1, 1, "mid", False), (65535, 2, "little", True)]:
    print(v, n, order, signed, show(lambda: v.to_bytes(n, order, signed=signed)))
print((1024).to_bytes(2), (5).to_bytes(), (1).to_bytes(length=3, byteorder="little"))
print(show(lambda: (1).to_bytes(1, 5)), show(lambda: (1).to_bytes(1, "big", True)))
for data in [b"", b"\x00", b"\xff", b"\x01\x00", b"\x80\x00", b"\xff\xff\xff\xff\xff", bytes(range(20)), bytearray(b"\x7f")]:
    print(data, int.from_bytes(data, "big"), int.from_bytes(data, "little"),
          int.from_bytes(data, "big", signed=True), int.from_bytes(data, "little", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes((255,), "little", signed=True), int.from_bytes(b"\x01\x02"))
print(show(int.from_bytes, "ab", "big"), show(int.from_bytes, 5, "big"), show(int.from_bytes, b"\x01", "x"))
print(bool.from_bytes(b"\x02", "big"), bool.from_bytes(b"\x00", "big"))
class MI(int):
    pass
x = MI.from_bytes(b"\x01\x00", "big")
print(type(x).__name__, x)

print("== float conversion")
for v in [0, 1, -1, 2**53, 2**53 + 1, 2**53 + 3, 2**54 + 2, 2**64 - 1, 2**63 + 2**10, 2**63 + 2**10 + 1,
          10**22, 10**23, 3**100, -(3**100), 2**1023, 2**1024 - 2**970 - 1, 2**1024 - 2**970, 2**1024, 10**400,
          (2**53 + 1) << 900, ((2**53 + 1) << 900) + 1]:
    print(show(float, v))
print("== true division")
for a, b in [(1, 3), (2, 3), (-1, 3), (10**30, 3), (1, 10**30), (2**100 + 1, 2**47), (10**400, 10**399),
             (10**400, 1), (1, 10**400), (3, 2**1074), (1, 2**1075), (3, 2**1076), (2**1075 + 1, 2**2150),
             (7**300, 5**200), (-(7**300), 5**200), (10**308 * 18, 10), (10**308 * 17, 10), (0, -5), (0, 10**50),
             (2**54 + 1, 2), (2**54 + 3, 4), (123456789123456789123456789, 987654321987654321)]:
    print(show(lambda: a / b))

print("== hash")
for v in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61), -(2**61) + 1, 2**62, 2**64, -(2**64), 10**30, -(10**30), 3**200]:
    print(v, hash(v), hash(v) == hash(float(v)) if abs(v) < 2**53 else "")
print(hash(True), hash(False))
