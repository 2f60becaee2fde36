# int constructor: bases, strings, errors, big values.
print(int(), int(5), int(-5.9), int("42"), int(" -7 "), int("+3"), int("1_000"), int(True))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("777", 8), int("0o777", 0), int("z", 36), int("10", 2))
print(int("0b1010", 0), int("0", 0), int("00", 0), int("-0x10", 0), int("١٢٣"))
print(int("9" * 50), int("-" + "1" * 40, 2))
for args in [("",), ("abc",), ("1.5",), ("12", 2), ("08", 0), ("1 2",), ("0x", 16), ("1", 37), ("1", 1), ("_1",), ("1__2",)]:
    try:
        print(int(*args))
    except ValueError as e:
        print(e)
for bad in [None, [1], 1j]:
    try:
        int(bad)
    except TypeError as e:
        print(e)
try:
    int(5, 10)
except TypeError as e:
    print(e)
try:
    int("5", base="10")
except TypeError as e:
    print(e)
print(int(b"12"), int(bytearray(b"34")), int("1" * 4300) > 0)
try:
    int("1" * 4301)
except ValueError as e:
    print(str(e)[:60])
print((10).bit_length(), (-10).bit_length(), int.from_bytes(b"\xff\x00", "big", signed=True), (1024).to_bytes(3, "little"))
print((7).conjugate(), (7).numerator, (7).denominator, (7).real, (7).imag, (-7).__abs__())
print(int.__name__, isinstance(10 ** 100, int), type(10 ** 100).__name__)
print(2 ** 200, -(2 ** 200) // 3, (2 ** 200) % 1000, (2 ** 200) >> 190, 1 << 200 == 2 ** 200)
print(12345678901234567890 * 98765432109876543210, 10 ** 40 // 10 ** 20, (10 ** 40 + 1) % (10 ** 20))
print(abs(-(2 ** 100)), -(-(2 ** 100)), (2 ** 100) ** 2 == 2 ** 200, divmod(-(2 ** 100), 7))
print(int(1e19), int(-1e19), int(2.0 ** 80), round(10 ** 20 + 0.0))
