# decimal contexts: attributes, validation, flags/traps, signals and the
# exception hierarchy, getcontext/setcontext/localcontext, module constants.
import decimal
from decimal import *

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

print(repr(getcontext()))
print(repr(DefaultContext), repr(BasicContext), repr(ExtendedContext), sep='\n')
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS, HAVE_CONTEXTVAR)
print(ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)
for cls in [DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero, DivisionImpossible,
            DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal, Overflow, Underflow, FloatOperation]:
    print(cls.__name__, cls.__module__, [b.__name__ for b in cls.__mro__[1:]])
c = Context(prec=7, rounding=ROUND_DOWN, Emin=-50, Emax=50, capitals=0, clamp=1, flags=[Inexact], traps=[Overflow])
print(repr(c), c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(c.flags[Inexact], c.flags[Rounded], c.traps[Overflow], c.traps[InvalidOperation])
print(repr(c.flags))
print(len(c.flags), list(c.flags.keys())[:3])
c.flags[Rounded] = True
c.traps[Clamped] = 1
print(repr(c))
c.clear_flags(); c.clear_traps()
print(repr(c))
d = c.copy()
d.prec = 3
print(c.prec, d.prec)
for attr, val in [('prec', 0), ('prec', -1), ('prec', 'x'), ('prec', MAX_PREC + 1), ('Emin', 1), ('Emax', -1),
                  ('rounding', 'ROUND_SIDEWAYS'), ('rounding', 3), ('capitals', 2), ('clamp', -1),
                  ('Emax', MAX_EMAX + 1), ('prec', 2.5), ('flags', 5), ('traps', 'x')]:
    show('set %s=%r' % (attr, val), lambda: setattr(Context(), attr, val))
show('Context(prec=0)', lambda: Context(prec=0))
show('Context(flags)', lambda: Context(flags={Inexact: True}))
show('Context(traps list)', lambda: repr(Context(traps=[Clamped, Subnormal])))
show('flags key', lambda: Context().flags['x'])
show('traps setitem', lambda: Context().traps.__setitem__(ValueError, True))
show('del attr', lambda: delattr(Context(), 'prec'))
show('setcontext bad', lambda: setcontext(5))
show('localcontext bad', lambda: localcontext(5))
show('localcontext kw', lambda: localcontext(precision=5))
old = getcontext()
with localcontext(prec=5, rounding=ROUND_UP) as lc:
    print(getcontext() is lc, lc.prec, lc.rounding, Decimal(1) / 3)
print(getcontext() is old, getcontext().prec, Decimal(1) / 3)
with localcontext(BasicContext) as lc:
    print(lc.prec, Decimal(2) / 3, lc is BasicContext)
    show('basic clamp trap', lambda: Decimal('1e-999999') / 1000)
n = Context(prec=4)
setcontext(n)
print(getcontext() is n, Decimal(10) / 3)
setcontext(DefaultContext)
print(getcontext() is DefaultContext, getcontext().prec)
setcontext(old)
# signals
cx = Context(traps=[])
r = cx.divide(Decimal(1), Decimal(0))
print(r, sorted(k.__name__ for k, v in cx.flags.items() if v))
for trap in [Inexact, Rounded, Overflow, Underflow, Subnormal, Clamped, DivisionByZero, InvalidOperation]:
    cx = Context(prec=3, Emax=9, Emin=-9, traps=[trap])
    for f in [lambda: cx.divide(1, 3), lambda: cx.multiply(Decimal('9e9'), 10), lambda: cx.divide(Decimal('1e-9'), 1000),
              lambda: cx.divide(1, 0), lambda: cx.divide(0, 0), lambda: cx.sqrt(-1), lambda: cx.create_decimal('x1'),
              lambda: cx.divide_int(Decimal('1e9'), Decimal('1e-9')), lambda: cx.add(Decimal('1e-12'), 0)]:
        try:
            print(trap.__name__, f())
        except DecimalException as e:
            print(trap.__name__, 'raised', type(e).__name__, e.args)
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError caught', type(e).__name__)
try:
    Decimal(0) / 0
except ArithmeticError as e:
    print('ArithmeticError caught', type(e).__name__, isinstance(e, ZeroDivisionError))
try:
    with localcontext() as c:
        c.traps[FloatOperation] = True
        Decimal(0.5)
except TypeError as e:
    print('TypeError caught', type(e).__name__)
getcontext().clear_flags()
# context methods mirroring operations
c = Context(prec=9)
print(c.add(1, 2), c.subtract(Decimal('1.5'), 3), c.multiply(7, Decimal('0.3')), c.divide(22, 7), c.divide_int(22, 7),
      c.remainder(22, 7), c.divmod(22, 7), c.remainder_near(22, 7), c.power(2, 100), c.power(3, 4, 5),
      c.plus(Decimal('-0')), c.minus(Decimal('1.5')), c.abs(-3), c.compare(1, 2), c.compare_signal(3, 2),
      c.compare_total(Decimal('1.0'), Decimal('1')), c.compare_total_mag(-1, 1), c.copy_abs(-2), c.copy_negate(2),
      c.copy_sign(3, -1), c.copy_decimal(5), c.exp(1), c.ln(10), c.log10(2), c.logb(1234), c.fma(2, 3, 4),
      c.is_canonical(Decimal(1)), c.is_finite(1), c.is_infinite(1), c.is_nan(1), c.is_normal(1), c.is_qnan(1),
      c.is_signed(-1), c.is_snan(1), c.is_subnormal(1), c.is_zero(0), c.canonical(Decimal(3)))
print(c.logical_and(1100, 1010), c.logical_or(1100, 1010), c.logical_xor(1100, 1010), c.logical_invert(1010),
      c.max(1, 2), c.max_mag(-3, 2), c.min(1, 2), c.min_mag(-3, 2), c.next_minus(1), c.next_plus(1),
      c.next_toward(1, 2), c.normalize(Decimal('1.200')), c.number_class(Decimal('-0')), c.quantize(Decimal('1.2345'), Decimal('0.01')),
      c.radix(), c.rotate(123456789, 2), c.same_quantum(Decimal('1.0'), Decimal('2.0')), c.scaleb(1, 5), c.shift(123456789, -3),
      c.sqrt(2), c.to_eng_string(Decimal('1.2E+7')), c.to_sci_string(Decimal('1.2E+7')),
      c.to_integral_exact(Decimal('2.5')), c.to_integral_value(Decimal('3.5')), c.to_integral(Decimal('-2.5')))
show('ctx add float', lambda: c.add(1.5, 2))
show('ctx add str', lambda: c.add('1', 2))
show('canonical int', lambda: c.canonical(1))
show('copy', lambda: repr(c.copy()))
import copy
show('copy.copy', lambda: repr(copy.copy(c)))
