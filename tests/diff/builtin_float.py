# float constructor, methods, repr and errors.
print(float(), float(1), float("1.5"), float(" -2.5e3 "), float("inf"), float("-Infinity"), float("nAn"), float("1_000.5"))
print(float(True), float(2 ** 60), float("0x1p3") if False else float.fromhex("0x1p3"), float(".5"), float("5."))
for bad in ["", "abc", "1.2.3", "1e", "0x10", "1__0", "- 1", None]:
    try:
        float(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print(e)
print((1.5).is_integer(), (2.0).is_integer(), (3.7).as_integer_ratio(), (-0.5).as_integer_ratio())
print(int(2.9), int(-2.9), int(1e20), round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(123.456, -1))
for v in [1/3, 2/3, 1e-10, 1.23e+25, 100.0, 1e16, 1.7976931348623157e308, 5e-324, 0.1 + 0.2, 1.0000000000000002]:
    print(repr(v), str(v), float(repr(v)) == v)
for bad in [float("inf"), float("nan")]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float("inf") > 1e308, float("nan") != float("nan"), float("inf") - float("inf"))
print(1e308 + 1e308, -1e308 * 10, 1e-320 / 10, 2.5 % 1, -2.5 % 1, 5.0 // 0.3)
print(max(1.0, float("nan")), min(float("nan"), 1.0))
print(float.__name__, (0.1).hex(), float.fromhex("-0x1.999999999999ap-4"))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, 0.1 * 10 == 1.0)
print(3.0 == 3, 3.5 > 3, 2 ** 63 == 2.0 ** 63, 2 ** 63 + 1 > 2.0 ** 63, -(2 ** 1000) < -1e300)
print(hash(0.5), hash(1e100) == hash(10 ** 100), hash(2.0) == hash(2))
