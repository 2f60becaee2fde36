# The Decimal fast paths before the current context exists: the first
# operations of a program create it (decimal.getcontext) on the slow path.
from decimal import Decimal as D
print(repr(D('1.5') * 3))
print(repr(D('1.25').quantize(D('0.1'))))
import decimal
print(decimal.getcontext())
print(repr(D('0.1') + D('0.2')), repr(7 - D('0.5')), repr(D('2.50') * D('-0')))
print(decimal.getcontext().flags[decimal.Inexact], decimal.getcontext().flags[decimal.Rounded])
decimal.setcontext(decimal.Context(prec=2))
print(repr(D('1.5') * 3), repr(D('99') + 1), repr(D('1.25').quantize(D('0.1'))))
print(decimal.getcontext())
# huge precisions: no fast path (10**prec is never computed)
from decimal import Context, MAX_EMAX, MIN_EMIN, localcontext
for p in (5000, 5001, 10 ** 17):
    with localcontext(Context(prec=p, Emax=MAX_EMAX, Emin=MIN_EMIN)) as c:
        print(p, D(2) ** 10 + D('1.5') * 2 - 1, D('1.25').quantize(D('0.1')), c.flags[decimal.Rounded])
