# Arithmetic operators and precedence on ints and floats.
print(1 + 2 * 3, (1 + 2) * 3, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, 2 ** -1, 10 ** -2)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7 / 2, -7 / 2, 6 / 3, 1 / 3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(1 << 10, 1 << 62, 1 << 63, 1 << 100)
print(-1 >> 1, -8 >> 2, 255 >> 4, (1 << 100) >> 98)
print(6 & 3, 6 | 3, 6 ^ 3, ~6, ~-1, -6 & 0xff)
print(2 ** 62, 2 ** 63, 2 ** 64, -(2 ** 63))
print(4611686018427387903 + 1, -4611686018427387904 - 1)
print(3037000499 * 3037000499, 3037000500 * 3037000500)
print(123456789 * 987654321 * 135792468)
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7, -(10 ** 30) % 7)
print(divmod(10 ** 20 + 3, 10 ** 10), divmod(-17, 5), divmod(17.5, -5))
print(0.1 + 0.2, 0.1 * 3, 1e16 + 1, 1e300 * 1e10, -1e300 * 1e10)
print(2 ** 0.5, 4 ** 0.5, (-8) ** (1 / 3) if False else 8 ** (1 / 3))
print(1 + 2.0, 3 * 1.5, True + True, True * 10, False - 1)
print(abs(-3), abs(-3.5), -0.0, 0.0 == -0.0, 5 - 5.0)
x = 17
x += 3; print(x)
x -= 5; print(x)
x *= 4; print(x)
x //= 7; print(x)
x **= 3; print(x)
x %= 100; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 0xF; print(x)
x ^= 0xFF; print(x)
x /= 4; print(x)
for a, b in [(5, 0), (5.0, 0), (5, 0.0)]:
    for op in ("/", "//", "%"):
        try:
            print(eval(f"a {op} b"))
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(e)
print(1 - 2 - 3, 2 ** 2 ** 3 == 2 ** 8, 100 // 10 // 3, 2 * 3 % 4)
print(-3 * -3, - - 3, + - 3, not 0 + 1)
