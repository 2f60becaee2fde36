# Decimal methods called on the number (optional context / rounding
# arguments), rounding helpers, copying, interplay with fractions/statistics.
import copy
import math
from fractions import Fraction
import decimal
from decimal import *

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

D = Decimal
x = D('123.4567')
for r in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
    print(r, x.quantize(D('0.01'), rounding=r), (-x).quantize(D('1E+1'), r), D('2.5').to_integral_value(r),
          D('-2.5').to_integral_exact(rounding=r), D('0.125').quantize(D('0.01'), r), D('1.05').quantize(D('0.1'), r))
show('quantize bad rounding', lambda: x.quantize(D('0.1'), rounding='UP'))
show('quantize ctx', lambda: x.quantize(D('0.1'), context=Context(prec=2)))
show('quantize ctx traps', lambda: x.quantize(D('1e-30')))
show('quantize int', lambda: x.quantize(1))
show('quantize float', lambda: x.quantize(0.1))
show('bad context', lambda: x.sqrt(context=5))
for v in ['2', '0.0004', '1E+2', '1E-11', '0', '-0', '16', '1.21', '2E+1', '0.01']:
    d = D(v)
    show('logb', d.logb)
    if not d:
        continue
    print(v, d.sqrt(), d.sqrt(Context(prec=5)), d.exp(), d.ln(), d.log10(),
          d.normalize(), d.number_class(), d.adjusted(), d.scaleb(3), d.logb(), d.next_plus(), d.next_minus(),
          d.is_normal(), d.is_subnormal(), d.copy_sign(D(-1)), d.fma(2, 1), d.same_quantum(D('1.0')))
for a, b in [('1', '1.0'), ('2', '-3'), ('NaN', '1'), ('-0', '0'), ('1E+2', '100'), ('sNaN', '1')]:
    for name in ['compare', 'compare_signal', 'compare_total', 'compare_total_mag', 'max', 'min', 'max_mag',
                 'min_mag', 'next_toward', 'copy_sign', 'same_quantum']:
        show('%s %s %s' % (name, a, b), lambda: getattr(D(a), name)(D(b), Context(traps=[])) if name not in ('copy_sign', 'same_quantum', 'compare_total', 'compare_total_mag') else getattr(D(a), name)(D(b)))
print(D('12345').rotate(2), D('12345').shift(-2), D('101').logical_and(D('110')), D('101').logical_invert(Context(prec=5)))
print(D(1).radix(), D('1.0').canonical(), D('3').is_canonical(), D('-1').copy_abs(), D('1').copy_negate())
print(D('7.5').remainder_near(2), D('-7.5').remainder_near(2), D('10').remainder_near(3), D('10').remainder_near(6))
print(round(D('2.5')), round(D('3.5')), round(D('-2.5')), round(D('2.675'), 2), round(D('1234'), -2), round(D('0.5')), type(round(D('1.5'))).__name__)
print(math.floor(D('-1.5')), math.ceil(D('-1.5')), math.trunc(D('-1.5')), int(D('1e3')), float(D('1e-400')), float(D('-0')))
print(copy.copy(x) is x, copy.deepcopy(x) is x, repr(x.__reduce__()))
print(Fraction(D('1.25')), Fraction(*D('0.3').as_integer_ratio()), D('0.3').as_integer_ratio())
show('Fraction nan', lambda: Fraction(D('NaN')))
print(D('1.5') + D('2.25') * 2 - D(1) / 4, -(D(5) - 7) ** 2, D(10) ** -2)
print(sum([D('1.1'), D('2.2'), D('3.3')]), sum([D('0.1')] * 3) == D('0.3'))
print(x.to_eng_string(), D('1.5E-10').to_eng_string(Context(capitals=0)), x.__str__(), str(x))
print(D('-0').is_signed(), D('0').is_zero(), D('NaN').is_nan(), D('sNaN').is_snan(), D('NaN').is_qnan(), D('inf').is_infinite(), D(1).is_finite())
print(D('1.1').__pos__(), D('1.1').__neg__(), D('-1.1').__abs__(), abs(D('-0')))
print(D(5).__add__(D(3)), D(5).__radd__(3), D(5).__add__(1.5), D(5).__rsub__(7))
print(DecimalTuple(0, (1,), 0), D(DecimalTuple(1, (2, 5), -1)))
c = getcontext()
c.clear_flags()
D(1) / D(3)
print(sorted(k.__name__ for k, v in c.flags.items() if v))
c.clear_flags()
