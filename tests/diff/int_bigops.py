# Big-number workloads: Karatsuba-sized products, long division,
# conversions of large values, pidigits, modular arithmetic.
import sys

def check_mul_div(x, y):
    p = x * y
    q, r = divmod(p + 12345, y)
    return (p % 1000000007, q == x, r == 12345 % y if y > 12345 else True, p.bit_length(), (p >> 100) % 999983)

sizes = [10, 100, 1000, 1280, 1300, 2600, 5000, 13000, 40000]
for a in sizes:
    for b in sizes:
        x = 3 ** a + 12345
        y = 7 ** b - 1
        print(a, b, check_mul_div(x, y))
        print(a, b, (-x) * y % 1000003, x * -y // 99991 % 1000003, divmod(-x, y)[1] % 1000003)

print("== squares and powers")
for e in [1000, 5000, 20000, 60000]:
    v = (2 ** e - 1) ** 2
    print(e, v % 1000000007, v.bit_count(), (v - (2 ** (2 * e) - 2 ** (e + 1) + 1)))
print((12345678901234567890 ** 300) % 10**30, (-3) ** 1001 % 10**20, (-3) ** 1001 // 10**470)

print("== decimal conversion")
sys.set_int_max_str_digits(0)
for e in [10, 100, 1000, 5000, 20000]:
    s = str(7 ** e)
    print(e, len(s), s[:30], s[-30:], int(s) == 7 ** e, str(-(7 ** e))[:5])
print(str(10 ** 9000 - 1).count("9"), str(10 ** 9000)[:3], len(str(10 ** 9000)))
print(hex(3 ** 5000)[:40], len(oct(3 ** 5000)), len(bin(3 ** 5000)), int(hex(3 ** 5000), 16) == 3 ** 5000)
sys.set_int_max_str_digits(4300)

print("== pidigits")
def pidigits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out
d = pidigits(600)
for i in range(0, 600, 60):
    print("".join(map(str, d[i:i + 60])))

print("== modular")
p = 2 ** 521 - 1
print(pow(3, p - 1, p), pow(5, (p - 1) // 2, p), pow(123456789, -1, p) * 123456789 % p)
n = 10 ** 200 + 357
print(pow(2, n - 1, n) % 10 ** 30, pow(-7, 12345, n) % 10 ** 30, pow(7, -12345, n) % 10 ** 30)
print(pow(2, 10 ** 6, 10 ** 9 + 7), pow(10 ** 100, 10 ** 100, 97))
f = 1
for i in range(2, 501):
    f *= i
print(f % (10 ** 40 + 3), f.bit_length(), len(str(f)))
