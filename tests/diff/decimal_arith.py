# Decimal arithmetic operators, comparisons, hashing, mixed types.
import math
from fractions import Fraction
import decimal
from decimal import Decimal, getcontext, localcontext, Context

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

D = Decimal
vals = [D('0'), D('-0'), D('1'), D('-3'), D('2.5'), D('-0.75'), D('1E+3'), D('7.000'),
        D('123456789012345678901234567890'), D('1E-20'), D('Infinity'), D('-Infinity'), D('NaN')]
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
       ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
       ('divmod', lambda a, b: divmod(a, b))]
with localcontext(Context(traps=[])) as c:
    for a in vals:
        for b in vals:
            out = []
            for name, f in ops:
                try:
                    out.append(str(f(a, b)))
                except Exception as e:
                    out.append(type(e).__name__)
            print(a, b, ' '.join(out))
    print(sorted(k.__name__ for k, v in c.flags.items() if v))
for name, f in ops:
    show(name + ' int', lambda: f(D('7.5'), 2))
    show(name + ' rint', lambda: f(7, D('2.5')))
    show(name + ' float', lambda: f(D('7.5'), 2.0))
    show(name + ' str', lambda: f(D('7.5'), '2'))
    show(name + ' zero', lambda: f(D('7.5'), 0))
    show(name + ' zz', lambda: f(D('0'), 0))
show('-7//2', lambda: (D(-7) // 2, D(-7) % 2, D(7) // -2, D(7) % -2, D('-7.5') % D('2')))
show('neg', lambda: (-D('1.5'), +D('-0'), abs(D('-2.50')), -D('0'), +D('1.23456789012345678901234567890')))
for base, ex in [(2, 10), (2, -2), (D('1.5'), 3), (D('-2'), 3), (D('-2'), -3), (10, -3), (D(2), D('0.5')),
                 (D(4), D('0.5')), (D('-8'), D('0.5')), (D(0), 0), (D(0), -1), (D(0), D('0.5')),
                 (D('Inf'), 2), (D('-Inf'), 3), (D('-Inf'), -2), (D('Inf'), 0), (D(1), D('Inf')),
                 (D('0.5'), D('Inf')), (D('2'), D('-Inf')), (D(3), 200), (D('1.1'), 1000), (D('9.9'), 999999999),
                 (D('0.1'), 999999999), (D('1.000001'), D('123456.789')), (D(7), D('-1.5')), (D('2.5'), 2)]:
    show('pow %s %s' % (base, ex), lambda: base ** ex)
show('pow3', lambda: pow(D(3), 4, 5))
show('pow3b', lambda: pow(D(3), D(100), D(7)))
show('pow3c', lambda: pow(D(-3), 3, 7))
show('pow3d', lambda: pow(D('3.5'), 2, 7))
show('pow3e', lambda: pow(D(3), -1, 7))
show('pow3f', lambda: pow(D(3), 2, 0))
show('rpow', lambda: 2 ** D(3))
# comparisons
cmpvals = [D('1'), D('1.0'), D('-0'), D('0'), D('2.5'), D('NaN'), D('sNaN'), D('Inf'), 1, 2.5, Fraction(5, 2),
           Fraction(1, 3), float('nan'), 0.1]
for a in cmpvals[:8]:
    for b in cmpvals:
        res = []
        for op in ['==', '!=', '<', '<=', '>', '>=']:
            try:
                with localcontext() as c:
                    c.traps[decimal.FloatOperation] = False
                    res.append(str(eval('a %s b' % op)))
            except Exception as e:
                res.append(type(e).__name__)
        print(repr(a), repr(b), ' '.join(res))
with localcontext() as c:
    c.traps[decimal.FloatOperation] = True
    show('eq float trapped', lambda: D('0.5') == 0.5)
    show('lt float trapped', lambda: D('0.5') < 0.6)
    c.clear_flags()
    show('eq complex', lambda: (D('0.5') == complex(0.5, 0), D(1) == 1j, D(1) != 1j))
show('lt complex', lambda: D(1) < 1j)
show('lt str', lambda: D(1) < 'a')
show('eq str', lambda: D(1) == '1')
# hashing
for v in ['1.5', '-1.5', '0', '-0', '1E+3', '1000', '0.1', '123456789012345678901234567890E-5', '1E+100', '-1E-100',
          'Inf', '-Inf', '2.5E-7', '-1', '1E+1000000']:
    print(v, hash(D(v)))
print(hash(D('1.5')) == hash(1.5), hash(D(10 ** 30)) == hash(10 ** 30), hash(D('0.25')) == hash(Fraction(1, 4)))
show('hash snan', lambda: hash(D('sNaN')))
n = D('NaN')
print(hash(n) == hash(n))
print({D('1.0'): 'a', 1: 'b'}, D(2) in {2: 0})
print(sorted([D('3'), D('-1'), D('2.50'), D('2.5'), 1, 2.25]))
print(max(D('1'), D('1.0')), min(D('1.0'), D('1')), sum([D('0.1')] * 10))
