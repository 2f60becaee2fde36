# Operator dispatch around the Decimal fast paths: subclasses with and
# without their own operators, reflected operands, unsupported types,
# result types, contexts replaced or subclassed, the current context not
# yet created, and randomised operands compared digit for digit.
import random
from fractions import Fraction
from decimal import (Decimal, Context, localcontext, getcontext, setcontext,
                     DefaultContext, BasicContext, ExtendedContext,
                     ROUND_HALF_EVEN, ROUND_DOWN, ROUND_05UP)

D = Decimal


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, r)
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)


class Plain(Decimal):
    pass


class Own(Decimal):
    def __add__(self, other):
        return 'Own.add'

    def __radd__(self, other):
        return 'Own.radd'

    def __mul__(self, other):
        return NotImplemented

    def __rmul__(self, other):
        return 'Own.rmul'


class Other:
    def __radd__(self, other):
        return 'Other.radd(%s)' % type(other).__name__

    def __rsub__(self, other):
        return NotImplemented


p = Plain('1.5')
o = Own('2.5')
d = D('0.25')
for label, f in [
        ('D+Plain', lambda: d + p), ('Plain+D', lambda: p + d), ('Plain*Plain', lambda: p * p),
        ('D+Own', lambda: d + o), ('Own+D', lambda: o + d), ('D*Own', lambda: d * o),
        ('Own*D', lambda: o * d), ('Own-D', lambda: o - d), ('D-Own', lambda: d - o),
        ('int+Own', lambda: 3 + o), ('D+Other', lambda: d + Other()),
        ('D-Other', lambda: d - Other()), ('D+float', lambda: d + 1.5),
        ('float*D', lambda: 1.5 * d), ('D+str', lambda: d + 'x'),
        ('D*Fraction', lambda: d * Fraction(1, 3)), ('D-None', lambda: d - None),
        ('True+D', lambda: True + d), ('D*False', lambda: d * False),
        ('D+bigint', lambda: d + 10 ** 40), ('bigint*D', lambda: 10 ** 40 * d),
        ('D-negint', lambda: d - (-(2 ** 61))), ('negint-D', lambda: -(2 ** 62) - d),
        ('D.__add__', lambda: D.__add__(d, 1)), ('D.__radd__', lambda: D.__radd__(d, 2)),
        ('D.__sub__ str', lambda: D.__sub__(d, 'x')),
]:
    show(label, f)

x = D('1.1')
x += 1
show('iadd', lambda: x)
x *= D('3')
show('imul', lambda: x)
x -= x
show('isub', lambda: x)

# contexts: replaced, subclassed, the special module contexts
for name, ctx in [('Basic', BasicContext), ('Extended', ExtendedContext),
                  ('Default', DefaultContext)]:
    setcontext(ctx)
    show(name, lambda: (D('1.23456789012') + D('1'), D('3.3333333333') * 3,
                        D('1.25').quantize(D('0.1'))))
    show(name + ' flags', lambda: sorted(k.__name__ for k, v in getcontext().flags.items() if v))


class C2(Context):
    pass


setcontext(C2(prec=4, rounding=ROUND_DOWN))
show('C2', lambda: (D('1.23456') + D('1'), D('9.999') * 3, D('1.25') + 0))
c = getcontext()
c.prec = 2
show('C2 prec 2', lambda: (D('12') + D('1'), D('12') * 1))
c.rounding = ROUND_05UP
show('C2 05up', lambda: (D('1.5') * 3, D('0.9') + D('0.05')))
setcontext(Context())
getcontext().prec = 3
show('prec 3', lambda: (D(999) + 1, D(1000) - 1, D('99.9') * 10))
getcontext().Emax = 100002
show('Emax 100002', lambda: (D('1E+99999') * 1, D('123E+99997') + 0, D('123E+99998') * 1))
getcontext().Emax = 100003
show('Emax 100003', lambda: (D('1E+99999') * 1, D('123E+99997') + 0, D('123E+99998') * 1))
getcontext().clamp = 1
show('clamp', lambda: (D('1E+99999') * 1, D('1E+99990') + 0))

# randomised: many operands and contexts, results and flags digit for digit
rng = random.Random(20261126)
acc = []
for n in range(1500):
    prec = rng.choice([1, 2, 3, 9, 17, 18, 19, 28])
    rnd = rng.choice([ROUND_HALF_EVEN, ROUND_DOWN, ROUND_05UP, 'ROUND_UP',
                      'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_HALF_UP', 'ROUND_HALF_DOWN'])
    ctx = Context(prec=prec, rounding=rnd, traps=[])
    setcontext(ctx)

    def num():
        k = rng.randrange(4)
        digits = rng.randrange(1, [4, 10, 19, 22][k])
        c = rng.randrange(10 ** digits)
        e = rng.randrange(-25, 5)
        s = '-' if rng.random() < 0.3 else ''
        return D('%s%dE%d' % (s, c, e))
    a = num()
    b = num() if rng.random() < 0.8 else rng.randrange(-10 ** 6, 10 ** 6)
    q = D('1E%d' % rng.randrange(-8, 3))
    r = (a + b, a - b, a * b, b + a, b - a, b * a, a.quantize(q), a.quantize(q, rounding=ROUND_DOWN))
    fl = sorted(k.__name__ for k, v in ctx.flags.items() if v)
    acc.append('%s %s %s' % (' '.join(map(str, r)), ','.join(fl), prec))
    if n % 100 == 0:
        print(n, a, b, q, acc[-1])
h = 0
for line in acc:
    for ch in line:
        h = (h * 131 + ord(ch)) % 1000000007
print('digest', h, len(acc))
