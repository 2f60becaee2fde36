# Numeric literals: bases, underscores, floats, complex, large ints.
print(0, 00, 0b1010, 0B11, 0o17, 0O7, 0xff, 0XAB, 1_000_000, 0x_ff_ff, 0b_1_0)
print(1.5, .5, 5., 1e3, 1E-3, 1.5e+10, 1_0.5_0, 1e1_0, 0e0, 00.5)
print(3j, 1.5j, 1e2j, 1 + 2j, (1 + 2j) * (3 - 4j), (1 + 2j).real, (1 + 2j).imag, (3 + 4j).conjugate())
print(abs(3 + 4j), 1j * 1j, (2j) ** 2, complex(1, 0) == 1, -1j, -(0j))
print(123456789012345678901234567890, -98765432109876543210)
print(0xFFFFFFFFFFFFFFFFFFFFFFFF, 0o777777777777777777777777, 0b1111111111111111111111111111111111111111111111111111111111111111)
print(1e308 * 10, -1e308 * 10, 1e-324, 5e-324, 2.2250738585072014e-308)
print(0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e15, 1e16, 1e-4, 1e-5, 123456789.0, 1234567890123456789.0)
print(1.0, 100.0, 1e22, 1e21, 1e-7, 0.000123, 3.0e-10, 12345.6789e3)
print(float("inf"), float("-inf"), float("nan"), float("1e500"), -float("nan"))
print(type(1).__name__, type(1.0).__name__, type(1j).__name__, type(True).__name__)
print(True + 0, int(True), 1 == 1.0)
print(9007199254740993, float(9007199254740993), 2 ** 53 + 1.0)
print(0.1 + 0.7, 4.35 * 100, 1.1 * 1.1, 3 * 0.1, 0.5 - 0.4)
print(-0.0, 0.0 * -1, -0.0 + 0.0, abs(-0.0), repr(-0.0))
print(int("0x1f", 16), int("0b101", 0), int("0o17", 0), int("  42  "), int("-1_000"))
for bad in ["1__0", "0x", "08", "1e", "1_", "0b2"]:
    try:
        eval(bad)
        print(bad, "ok")
    except SyntaxError as e:
        print(repr(bad), "SyntaxError:", e.msg)
