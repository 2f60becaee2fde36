# repr/str of floats: shortest round-trip digits, the switch to exponent
# notation at 1e16 and below 1e-4, specials, and many generated values.
vals = [0.0, -0.0, 0.1, 0.2, 0.3, 1/3, 2/3, 1e16, 1e15, 9999999999999998.0, 1e17, 1.5e-07,
        1e-4, 0.0001, 0.00011, 9.9e-05, 1e-05, 123456789012345.0, 1.2345678901234568e+16,
        12345678901234567.0, 5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308,
        1.7976931348623157e308, 1e308, 1e23, 9007199254740993.0, 2.0 ** 63, 2.0 ** 64,
        2.0 ** -1074, 2.0 ** -1022, 1e22, 1e21, 4.35, 0.1 + 0.2, 100.0, 1.0, -1.0, 1e100,
        float("inf"), float("-inf"), float("nan"), -float("nan"), 8.41e21, 5.0e-324 * 3,
        123.456, 1.1, 2.675, 1e-7, 3.14159, 299792458.0, 6.02214076e23, 1.602176634e-19]
for v in vals:
    print(repr(v), str(v), repr(-v))
# A deterministic pseudo-random walk through many magnitudes.
state = 12345
def nxt():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state
count = 0
for i in range(600):
    m = nxt() >> 11                     # 53 random bits
    e = (nxt() % 2000) - 1100
    try:
        v = m * 2.0 ** e if e > -1000 else (m * 2.0 ** -60) * 2.0 ** (e + 60)
    except OverflowError:
        continue
    r = repr(v)
    if float(r) != v:
        print("ROUND TRIP FAILED", r)
    count += 1
    if i % 3 == 0:
        print(r)
print(count)
# Decimal-looking values: n / 10**k must print as the short decimal.
for k in range(0, 18):
    for n in [1, 7, 13, 99, 12345, 999999, 31415926]:
        v = n / 10 ** k
        print(repr(v), end=" ")
    print()
for k in range(-20, 25):
    print(repr(10.0 ** k), repr(3 * 10.0 ** k), repr(-7.5 * 10.0 ** k))
print([1.5, -0.0, 1e300 * 1e10], (0.1,), {2.5: 1e-9})
print(str(1e16), str(1e-5), "%r %s" % (0.1, 1e22))
