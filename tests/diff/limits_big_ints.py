# Large integer arithmetic and the int<->str digit limit.
import sys
x = 2 ** 10000
print(x.bit_length(), x % 1000007, len(hex(x)), (x >> 9990))
y = 3 ** 5000
print(y % 10 ** 9, (x * y) % 999999937, (x // y).bit_length(), (y * y - 1) % 12345)
f = 1
for i in range(1, 301):
    f *= i
print(len(str(f)), str(f)[:20], f % (10 ** 9 + 7), sum(int(c) for c in str(f)))
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
try:
    int("7" * 5000)
except ValueError as e:
    print(e)
print(len(str(10 ** 4299)), int("9" * 4300) % 97)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 6000)))
sys.set_int_max_str_digits(4300)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
print(hex(10 ** 5000)[:12], len(bin(2 ** 20000)))
print(pow(7, 10 ** 6, 10 ** 9 + 9), pow(2, 2 ** 100, 1000000007))
print(-(2 ** 200) // 7, -(2 ** 200) % 7, divmod(2 ** 300, -(3 ** 100))[1])
