# Boundaries of the Decimal.quantize fast path: every rounding mode,
# rescale up and down by 0..20 digits, results at 10**prec, Inexact /
# Rounded flags and traps, InvalidOperation (too many digits, exponent out
# of range), NaN/Infinity operands and quanta, argument shapes (positional,
# keyword, wrong types, non-canonical rounding strings), subclasses of
# Decimal and Context, contexts with clamp and small exponent limits.
from decimal import (Decimal, Context, localcontext, getcontext, setcontext,
                     ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
                     ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP,
                     Inexact, Rounded, InvalidOperation, Clamped, Subnormal,
                     Underflow)

D = Decimal
ROUNDS = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
          ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]


def flags(c):
    return ','.join(sorted(k.__name__ for k, v in c.flags.items() if v)) or '-'


def res(f, c):
    c.clear_flags()
    try:
        r = f()
        s = '%s:%s' % (type(r).__name__, r)
    except Exception as e:
        s = 'EXC:%s:%s' % (type(e).__name__, e)
    return s + '/' + flags(c)


vals = [D('0'), D('-0'), D('0.000'), D('1.005'), D('-1.005'), D('2.5'), D('-2.5'),
        D('3.5'), D('0.0049999'), D('-0.0050000'), D('0.015'), D('12.345'),
        D('99.995'), D('-99.995'), D('1234567890123456.785'),
        D('2305843009213693951E-3'), D('2305843009213693952E-3'),
        D('9223372036854775807E-5'), D('9223372036854775808E-5'),
        D('9999999999999999999999999999E-2'), D('-0.000000000000000000005'),
        D('7E-25'), D('123'), D('1E+5'), D('Infinity'), D('-Infinity'),
        D('NaN'), D('sNaN')]
quanta = [D('1'), D('0.01'), D('1E-3'), D('1E+1'), D('1E+2'), D('1E-18'), D('1E-19'),
          D('1E+17'), D('1E+18'), D('1E+19'), D('1E-22'), D('0E-2'), D('-5E-2'),
          D('Infinity'), D('NaN')]

for rnd in ROUNDS:
    print('==', rnd)
    with localcontext(Context(traps=[])) as cc:
        for v in vals:
            print(v, ' '.join(res(lambda: v.quantize(q, rounding=rnd), cc) for q in quanta))

# the context's rounding, small precisions (results with prec+1 digits)
for prec in (1, 3, 4, 18, 19):
    for rnd in (ROUND_HALF_EVEN, ROUND_UP, ROUND_DOWN):
        with localcontext(Context(prec=prec, rounding=rnd, traps=[])) as cc:
            out = [res(lambda: v.quantize(q), cc) for v in vals[:20] for q in quanta[:7]]
            print(prec, rnd)
            for i in range(0, len(out), 7):
                print(' ', ' '.join(out[i:i + 7]))

# traps: Inexact, Rounded, InvalidOperation (default), Clamped
for t in ([Inexact], [Rounded], [Inexact, Rounded], [InvalidOperation], [Clamped], []):
    with localcontext(Context(prec=5, traps=t)) as cc:
        print([x.__name__ for x in t],
              res(lambda: D('1.2345').quantize(D('0.01')), cc),
              res(lambda: D('1.2000').quantize(D('0.01')), cc),
              res(lambda: D('0.0000').quantize(D('0.01')), cc),
              res(lambda: D('1.2').quantize(D('0.001')), cc),
              res(lambda: D('123.45').quantize(D('0.001')), cc),
              res(lambda: D('99999.5').quantize(D('1')), cc),
              res(lambda: D('1').quantize(D('1E+6')), cc),
              res(lambda: D('NaN').quantize(D('1')), cc),
              res(lambda: D('Infinity').quantize(D('1')), cc),
              res(lambda: D('Infinity').quantize(D('-Infinity')), cc),
              res(lambda: D('sNaN5').quantize(D('1')), cc),
              res(lambda: D('1').quantize(D('sNaN7')), cc))

# exponent limits and clamp
for emax, emin, clamp in ((99, -99, 0), (99, -99, 1), (999999, -999999, 1),
                          (100004, -100005, 0), (100005, -100005, 0), (5, -5, 0)):
    with localcontext(Context(prec=5, Emax=emax, Emin=emin, clamp=clamp, traps=[])) as cc:
        print(emax, emin, clamp,
              res(lambda: D('1.5').quantize(D('1E+99')), cc),
              res(lambda: D('1.5').quantize(D('1E+100')), cc),
              res(lambda: D('1.5').quantize(D('1E-103')), cc),
              res(lambda: D('1.5').quantize(D('1E-104')), cc),
              res(lambda: D('123E+99996').quantize(D('1E+99998')), cc),
              res(lambda: D('123E+99996').quantize(D('1E+99995')), cc),
              res(lambda: D('7E-99990').quantize(D('1E-99991')), cc),
              res(lambda: D('1.23456').quantize(D('1E-5')), cc),
              res(lambda: D('12').quantize(D('1E+3')), cc))

# argument shapes: the fast path must not change errors or results
c0 = Context(prec=28, rounding=ROUND_HALF_EVEN, traps=[])
setcontext(c0)
x = D('2.675')
alt = ''.join(['ROUND_', 'UP'])
print(res(lambda: x.quantize(D('0.01')), c0))
print(res(lambda: x.quantize(D('0.01'), ROUND_DOWN), c0))
print(res(lambda: x.quantize(D('0.01'), rounding=ROUND_UP), c0))
print(res(lambda: x.quantize(D('0.01'), alt), c0))
print(res(lambda: x.quantize(D('0.01'), 'ROUND_SIDEWAYS'), c0))
print(res(lambda: x.quantize(D('0.01'), 7), c0))
print(res(lambda: x.quantize(D('0.01'), None, Context(rounding=ROUND_FLOOR)), c0))
print(res(lambda: x.quantize(D('0.01'), context=Context(rounding=ROUND_CEILING)), c0))
print(res(lambda: x.quantize(D('0.01'), context=5), c0))
print(res(lambda: x.quantize(exp=D('0.1')), c0))
print(res(lambda: x.quantize(D('0.1'), rounding=ROUND_UP, context=None), c0))
print(res(lambda: x.quantize(D('0.1'), ROUND_UP, rounding=ROUND_UP), c0))
print(res(lambda: x.quantize(D('0.1'), ROUND_UP, None, None), c0))
print(res(lambda: x.quantize(D('0.1'), bogus=1), c0))
print(res(lambda: x.quantize(), c0))
print(res(lambda: x.quantize(2), c0))
print(res(lambda: x.quantize(-2), c0))
print(res(lambda: x.quantize(True), c0))
print(res(lambda: x.quantize(0.1), c0))
print(res(lambda: x.quantize('0.1'), c0))
print(res(lambda: D.quantize(x, D('0.1')), c0))
print(res(lambda: D.quantize(5, D('0.1')), c0))
print(res(lambda: c0.quantize(x, D('0.01')), c0))
print(res(lambda: c0.quantize(3, 2), c0))
print(type(D.quantize).__name__, D.quantize.__name__)


class MyDec(Decimal):
    pass


class MyCtx(Context):
    pass


m = MyDec('3.14159')
print(res(lambda: m.quantize(D('0.01')), c0))
print(res(lambda: x.quantize(MyDec('0.01')), c0))
print(res(lambda: m.quantize(MyDec('0.001'), rounding=ROUND_UP), c0))
mc = MyCtx(prec=3, traps=[])
print(res(lambda: x.quantize(D('0.01'), context=mc), mc), flags(c0))
setcontext(mc)
print(res(lambda: x.quantize(D('0.01')), mc))
print(res(lambda: D('12.5') + D('1.25'), mc), res(lambda: D('12.5') * D('1.25'), mc))
setcontext(c0)

# the flags of the current context accumulate across fast and slow calls
c0.clear_flags()
D('1.25').quantize(D('0.1'))
D('1.20').quantize(D('0.1'))
print(flags(c0))
D('1.00').quantize(D('1E+1'))
print(flags(c0))
