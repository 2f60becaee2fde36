# Telco billing benchmark (after Mike Cowlishaw's telco test): N calls with
# durations from a small LCG, priced in Decimal at one of two rates,
# rounded to cents (ROUND_HALF_EVEN), with two taxes truncated
# (ROUND_DOWN); running totals; prints a checksum line.
import sys
from decimal import Decimal, getcontext, ROUND_HALF_EVEN, ROUND_DOWN


def main(n):
    getcontext().rounding = ROUND_HALF_EVEN
    rates = (Decimal('0.0013'), Decimal('0.00894'))
    basic_tax_rate = Decimal('0.0675')
    dist_tax_rate = Decimal('0.0341')
    cents = Decimal('0.01')
    sum_t = Decimal(0)
    sum_b = Decimal(0)
    sum_d = Decimal(0)
    seed = 12345
    check = 0
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        dur = seed % 3600 + 1
        rate = rates[(seed >> 16) & 1]
        price = (rate * dur).quantize(cents, rounding=ROUND_HALF_EVEN)
        btax = (price * basic_tax_rate).quantize(cents, rounding=ROUND_DOWN)
        sum_b += btax
        total = price + btax
        if rate is rates[1]:
            dtax = (price * dist_tax_rate).quantize(cents, rounding=ROUND_DOWN)
            sum_d += dtax
            total += dtax
        sum_t += total
        if i % 997 == 0:
            check = (check * 31 + int(total * 100)) % 1000000007
    print(n, sum_t, sum_b, sum_d, check)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 100000)
