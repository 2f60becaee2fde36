# Decimal construction: str (spellings, whitespace, underscores, payloads),
# int, float, tuple, Decimal; from_float; create_decimal; conversions.
import decimal
from decimal import Decimal, Context, getcontext, localcontext


def show(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['0', '-0', '1', '-1.50', '  7.25\n', '1_000.000_1', '1__0', '_1', '1_',
          '1e5', '1E+5', '1e-5', '-1.23E-7', '.5', '5.', '.', 'e5', '1e', '1e+',
          '+.3e2', 'NaN', 'nan', '-NaN', 'NaN123', 'nan0012', 'sNaN', '-snan7',
          'Inf', 'inf', '-Infinity', 'infinity', 'Infinit', 'NaNx', 'sNaN1.2',
          '1.2.3', '1e2e3', ' ', '', '0.000000', '123456789012345678901234567890.123',
          '1e999999999', '1e-999999999', '\u0661\u0662.\u0663', '12\u00a0', '0x10',
          '1 2', '+-1', '--1', '00012.3400', '0E-7', '-0E+3']:
    show(Decimal, s)
    d = getcontext().copy()
    d.traps[decimal.InvalidOperation] = False
    show(Decimal, s, d)
for v in [0, -0, 5, -12345678901234567890123456789012345, 10 ** 40, True]:
    show(Decimal, v)
for f in [0.1, -0.0, 1.5, 1e300, 5e-324, float('inf'), float('-inf'), 2.0 ** 70]:
    show(Decimal.from_float, f)
    with localcontext() as c:
        c.traps[decimal.FloatOperation] = False
        show(Decimal, f)
        print(c.flags[decimal.FloatOperation])
    with localcontext() as c:
        c.traps[decimal.FloatOperation] = True
        show(Decimal, f)
print(repr(Decimal.from_float(float('nan'))), Decimal.from_float(7))
for t in [(0, (1, 2, 3), -2), (1, (0,), 0), (0, (), 0), (1, (4, 5), 'F'), (0, (1, 2), 'n'),
          (1, (3,), 'N'), (0, [1, 2], 1), (2, (1,), 0), (0, (10,), 0), (0, (1,), 1.5),
          (0, (1,), 'x'), (0, 1, 2), (0, (1,)), [1, (7, 7), -1]]:
    show(Decimal, t)
show(Decimal, [1])
show(Decimal, None)
show(Decimal, 1j)
show(Decimal, b'1')
d = Decimal('3.14')
print(Decimal(d) is d, Decimal(d) == d)
c = Context(prec=5, traps=[])
for s in ['1.234567', '123456789', 'NaN123456789', '-1e-1000010', '9.99999e999999']:
    show(c.create_decimal, s)
show(c.create_decimal, 0.1)
print(c.flags[decimal.FloatOperation], c.flags[decimal.Inexact])
show(c.create_decimal_from_float, 0.1)
show(c.create_decimal, Decimal('3.1415926'))
show(c.create_decimal)
c2 = Context(prec=3)
show(c2.create_decimal, 'abc')
# conversions
for s in ['1.5', '-2.5', '2.5', '-0.0', '1e30', '123.999', '-7.01', 'NaN', '-Inf', 'sNaN', '1e-1000']:
    x = Decimal(s)
    show(int, x)
    show(float, x)
    show(complex, x)
    show(round, x)
    show(round, x, 1)
    show(round, x, -1)
    show(bool, x)
    import math
    show(math.floor, x)
    show(math.ceil, x)
    show(math.trunc, x)
    show(x.as_integer_ratio)
    show(x.as_tuple)
    show(x.adjusted)
    show(lambda: (x.real, x.imag, x.conjugate()))
print(hasattr(Decimal(3), '__index__'))
print(Decimal.__module__, Decimal.__name__, type(Decimal('1').as_tuple()).__name__)
print(Decimal('1.20').as_tuple().digits, Decimal('-1.20').as_tuple().sign)
print(issubclass(decimal.DecimalTuple, tuple))
class MyDec(Decimal):
    pass
m = MyDec('1.5')
print(type(m).__name__, repr(m), type(m + 1).__name__, type(MyDec.from_float(0.5)).__name__, repr(MyDec.from_float(0.5)))
import numbers
print(isinstance(Decimal(1), numbers.Number), isinstance(Decimal(1), numbers.Real))
