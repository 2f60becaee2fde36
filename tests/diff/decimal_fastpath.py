# Boundaries of the Decimal fast paths (+ - * on finite operands with
# coefficients near 2**61 / 2**63 / 10**prec, exponents near the fast range
# +-100000, every rounding mode, traps, clamp, Emax/Emin near the limits,
# negative zero, NaN/Infinity operands, int/bool operands).
import decimal
from decimal import (Decimal, Context, localcontext, getcontext, setcontext,
                     ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
                     ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP,
                     Inexact, Rounded, Overflow, Underflow, Clamped,
                     InvalidOperation, Subnormal)

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


BIG = [2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 63 - 1, 2 ** 63, 10 ** 18 - 1,
       10 ** 18, 10 ** 19 - 1, 10 ** 28 - 1, 10 ** 28]
vals = [D(0), D('-0'), D('0E-5'), D('-0E+3'), D(1), D(-1), D('0.01'),
        D('-9.99'), D('1E-30'), D('5E+18'), D('0.5'), D('-0.5'), D('15'),
        D('999999999999999999'), D('-999999999999999999.9'),
        D('1E+99998'), D('-7E-99998'), D('3E+99999'), D('3E-99999'),
        D('Infinity'), D('-Infinity'), D('NaN'), D('-sNaN12')]
for b in BIG:
    vals.append(D(b))
    vals.append(D((1, tuple(int(ch) for ch in str(b)), -3)))
ints = [0, -1, 7, 2 ** 61 - 1, -(2 ** 61), 2 ** 62, 10 ** 19, True, False]


def grid(c, label, vs):
    print('==', label)
    with localcontext(c) as cc:
        for a in vs:
            for b in vs:
                print(a, b, res(lambda: a + b, cc), res(lambda: a - b, cc),
                      res(lambda: a * b, cc))
            for i in ints:
                print(a, repr(i), res(lambda: a + i, cc), res(lambda: i + a, cc),
                      res(lambda: a - i, cc), res(lambda: i - a, cc),
                      res(lambda: a * i, cc), res(lambda: i * a, cc))


grid(Context(traps=[]), 'default prec, no traps', vals)
some = vals[:4] + vals[6:9] + vals[13:23] + vals[23::3]
grid(Context(), 'default context (traps)', some)
grid(Context(prec=18, rounding=ROUND_FLOOR, traps=[]), 'prec 18 floor', some)
grid(Context(prec=19, rounding=ROUND_CEILING, traps=[Inexact]), 'prec 19 ceiling trap Inexact', some)

# smaller precisions, every rounding mode: only the finite values
small = [v for v in vals if v.is_finite()][:16] + [D(2 ** 61 - 1), D(10 ** 18)]
for prec in (1, 2, 5):
    for rnd in ROUNDS:
        with localcontext(Context(prec=prec, rounding=rnd, traps=[])) as cc:
            out = []
            for a in small:
                for b in small[:8]:
                    out.append('%s|%s|%s' % (res(lambda: a + b, cc), res(lambda: a - b, cc),
                                             res(lambda: a * b, cc)))
            print(prec, rnd)
            for i in range(0, len(out), 4):
                print(' ', ' '.join(out[i:i + 4]))

# traps on Rounded / Inexact only trigger where rounding happens
for t in ([Rounded], [Inexact], [Rounded, Inexact], [Clamped], [Underflow, Subnormal]):
    with localcontext(Context(prec=3, traps=t)) as cc:
        print([x.__name__ for x in t], res(lambda: D('1.23') + D('4.56'), cc),
              res(lambda: D('1.23') + D('9.99'), cc), res(lambda: D(999) + 1, cc),
              res(lambda: D(123) * 10, cc), res(lambda: D('0.001') * 7, cc))

# exponent-limit contexts around the fast-range condition Emax >= 100000 + prec
for emax, emin, clamp in ((100027, -100028, 0), (100028, -100028, 0),
                          (100000, -999999, 0), (999999, -100027, 0),
                          (999999, -999999, 1), (99, -99, 0), (100028, -100028, 1)):
    c = Context(prec=28, Emax=emax, Emin=emin, clamp=clamp, traps=[])
    with localcontext(c) as cc:
        a = D('1234567890123456789012345678E99999')
        b = D('1234567890123456789012345678E99990')
        t = D('1E-99999')
        print(emax, emin, clamp, res(lambda: a * 1, cc), res(lambda: b + b, cc),
              res(lambda: b * 10, cc), res(lambda: t * t, cc),
              res(lambda: t + D('1E-99998'), cc), res(lambda: D(5) + D('0E+99990'), cc),
              res(lambda: D('1E+90') * D('1E+10'), cc), res(lambda: D(7) - D(7), cc))

# negative zero under every rounding mode
for rnd in ROUNDS:
    with localcontext(Context(rounding=rnd)) as cc:
        print(rnd, res(lambda: D('-0') + D('0'), cc), res(lambda: D('-0') + D('-0'), cc),
              res(lambda: D('1.5') - D('1.5'), cc), res(lambda: D('-1.5') + D('1.50'), cc),
              res(lambda: D('-0.0') - D('0'), cc), res(lambda: D(-3) * 0, cc),
              res(lambda: 0 * D('-3.0'), cc), res(lambda: D('-0E+5') + D('1.25'), cc))

# in-place operators and running sums, as in the telco benchmark
with localcontext(Context(prec=9, rounding=ROUND_HALF_UP, traps=[Inexact])) as cc:
    s = D(0)
    for k in range(40):
        try:
            s += D(k * 12345679) * D('0.1')
        except Inexact as e:
            print('trap at', k, s, type(e).__name__)
            break
    print(s, flags(cc))
