from fractions import Fraction as F
import math, sys

for args in [(3, 4), (6, -8), (0, 5), (-0, 1), (F(1, 2), F(3, 4)), (7,), (2.5,), (-0.1,), ('3/4',),
             ('1.5',), ('.5',), ('5.',), ('1e3',), ('1.5E-2',), ('-1_000/3',), ('1_0.2_5',), ('+7',), ('\u0663/4',),
             (F(5, 3),), (True,), (10**30, 3**20)]:
    f = F(*args)
    print(args, repr(f), str(f), f.numerator, f.denominator)
for bad in [(1, 0), (' -3 / 4 ',), (' -3/4\n',), ('1/0',), ('abc',), ('1/2/3',), ('1.5/2',), ('1__0',), ('',), ('1.d',), ('/2',), (1.5, 2), ([],),
            (float('nan'),), (float('inf'),), ('1e',), ('1 .5',), ('0x10',)]:
    try:
        print(bad, F(*bad))
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(bad, type(e).__name__, e)
a, b = F(1, 3), F(-3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, b ** -3, F(-2, 3) ** -2, a ** F(1, 2), 2 ** F(1, 2), 4 ** F(2), F(1, 2) ** 0.5)
print(a + 1, 1 + a, a - 1.0, 1.0 - a, a * 1j, 2 / a, 2.0 // a, a % 2, 5 % a, divmod(7, a), divmod(a, 0.25))
print(-a, +b, abs(b), int(b), math.trunc(b), math.floor(b), math.ceil(b), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(b, 1), round(F(12345, 100), -1))
print(a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(1) == 1, F(1, 2) == 0.5 + 0j, F(3) == 3.0, a != b, a < b, a > 0.3, a <= F(1, 3), b >= -1, a < float('inf'), a > float('nan'))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)) , hash(F(1, 3)), hash(F(-7, 5)), bool(F(0)), bool(a))
print(F(1, 3).limit_denominator(2), F(3.141592653589793).limit_denominator(1000), F(1, 7).limit_denominator(10), F(-355, 113).limit_denominator(100))
print(F.from_float(0.1), F.from_float(3), F(0.1).as_integer_ratio(), sum(F(1, n) for n in range(1, 11)))
for bad in [lambda: a / 0, lambda: F(3, 4) / F(0), lambda: F(0) / 0, lambda: a // 0, lambda: F(0) ** -1, lambda: F.from_float('x'),
            lambda: a + 'x', lambda: F(1, 2).limit_denominator(0), lambda: a < 'x', lambda: format(a, '.2f'), lambda: a % 0]:
    try:
        print(bad())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(format(a), f'{a!r:>20}', sorted([F(1, 2), F(1, 3), 0.4, 1]), max(F(7, 3), 2), min(a, b))


class MyF(F):
    pass


m = MyF(1, 2)
print(type(m + 1).__name__, repr(m), type(abs(m)).__name__, isinstance(m, F))
import numbers
print(isinstance(a, numbers.Rational), isinstance(a, numbers.Real), issubclass(F, numbers.Number), float(F(1, 3)), complex(F(1, 4)))
print(F(10**400, 3) > 1e308, float(F(1, 10**400)), F(2, 3) * 3 == 2, F(7, 2).__floor__(), F(-7, 2).__ceil__())
