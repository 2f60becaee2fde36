# float methods: hex/fromhex, as_integer_ratio, is_integer, round with and
# without ndigits, __trunc__/__floor__/__ceil__, conjugate, real/imag,
# __getformat__, hash.
vals = [0.0, -0.0, 0.1, -0.1, 1.5, 2.5, -2.5, 0.5, -0.5, 3.5, 1e16, 1e22, 123.456, -987.654321,
        2.675, 1.005, 0.285, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1 / 3, 2 ** 52 + 0.5]
for v in vals:
    print(repr(v), v.hex(), float.fromhex(v.hex()) == v, v.as_integer_ratio(), v.is_integer())
for v in [float("inf"), float("-inf"), float("nan")]:
    print(v.hex(), v.is_integer())
    for m in ["as_integer_ratio", "__trunc__", "__floor__", "__ceil__", "__round__"]:
        try:
            print(getattr(v, m)())
        except Exception as e:
            print(m, type(e).__name__, e)
hexes = ["0x1p-1075", "0x1.8p-1074", "0x1p1024", "0x.8p1025", "0x1.fffffffffffff8p1023",
         "0x1.fffffffffffff7ffp1023", "inf", " -Infinity ", "1.", ".p1", "0x", "x1", "1p", "0X1P+3", "1_0",
         "0x1.999999999999ap-4", "0x0.0000000000001p-1022", "0x1.00000000000008p0", "0x1.00000000000018p0",
         "0x1.000000000000080001p0", "0x3p-1076", "0x1p-1076", "0x1.1p-1075", "  0x10  ", "nan", "-0x0p0",
         "0xABCDEFp-10", "0x123456789abcdef123456789p-40", "-0x1.8", "0x1.p1", "0x.1", "1e1", "0x1p", "0x1p+"]
for s in hexes:
    try:
        v = float.fromhex(s)
        print(repr(s), repr(v))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for v in vals[:16]:
    print(repr(v), round(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1), round(v, -2), round(v, 15))
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 4.5000001, 1e300, -1e-300, 2.0 ** 60 + 2.0 ** 8]:
    print(round(v), type(round(v)).__name__, v.__trunc__(), v.__floor__(), v.__ceil__(), int(v))
for nd in [-400, -309, -308, -300, -5, 0, 5, 300, 323, 324, 400, 10 ** 20, -(10 ** 20)]:
    for v in [123.456, -1.7976931348623157e308, 5e-324, 9.5e307]:
        try:
            print(nd, repr(v), round(v, nd))
        except OverflowError as e:
            print(nd, repr(v), "OverflowError", e)
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print("OverflowError", e)
for bad in [1.5, "2", None]:
    try:
        round(2.5, bad)
    except TypeError as e:
        print("TypeError", e)
print(round(2.5, None), round(2.675, 2), round(-0.0), round(-0.4), round(-0.4, 0), round(0.04, 1))
print((1.5).conjugate(), (1.5).real, (1.5).imag, (-0.0).real, (2.0).__getnewargs__())
print(float.__getformat__("double"), float.__getformat__("float"))
try:
    float.__getformat__("int")
except ValueError as e:
    print("ValueError", e)
for v in [0.0, -0.0, 1.0, -1.0, 0.5, 1e100, -2.5, 1e-300, 5e-324, 1.7976931348623157e308, float("inf"),
          float("-inf"), 2.0 ** 61, 2.0 ** 62 - 2.0 ** 10, 123.456, -(2.0 ** 200) / 3]:
    print(repr(v), hash(v), hash(v) == hash(int(v)) if abs(v) != float("inf") and v == int(v) else "")
n = float("nan")
print(hash(n) == hash(n), {n: 1}[n], len({float("nan"), float("nan")}))
print(hash(0.1) == hash(0.1), hash(1.5) == hash(3 / 2), {1.0: "a", 1: "b", True: "c"})
