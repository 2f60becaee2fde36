# int()/float()/complex()/index conversions as CPython 3.11: DeprecationWarning
# for strict-subclass results and __trunc__ delegation, buffers parsed by
# int()/float(), float subclass keywords.
import warnings, operator
from array import array
def t(f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try: r = repr(f())
        except Exception as e: r = '%s %s' % (type(e).__name__, e)
    print(r, [(x.category.__name__, str(x.message)) for x in w])

class IntSub(int): pass
class FloatSub(float): pass
class ComplexSub(complex): pass
class RetBoolInt:
    def __int__(self): return True
class RetBoolIndex:
    def __index__(self): return True
class JustTrunc:
    def __trunc__(self): return 42
class TruncSub:
    def __trunc__(self): return IntSub(7)
class RetFloatSub:
    def __float__(self): return FloatSub(1.5)
class RetComplexSub:
    def __complex__(self): return ComplexSub(1, 2)
t(lambda: int(RetBoolInt()))
t(lambda: type(int(RetBoolInt())))
t(lambda: int(RetBoolIndex()))
t(lambda: int(JustTrunc()))
t(lambda: int(TruncSub()))
t(lambda: float(RetFloatSub()))
t(lambda: type(float(RetFloatSub())))
t(lambda: complex(RetComplexSub()))
t(lambda: [10, 20, 30][RetBoolIndex()])
t(lambda: operator.index(RetBoolIndex()))
def as_error():
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        return int(JustTrunc())
t(as_error)

t(lambda: int(array('B', b'100')))
t(lambda: int(memoryview(b'123')[1:2]))
t(lambda: int(memoryview(b'100'), 2))
t(lambda: int(array('B', b'100'), 2))
t(lambda: int(bytearray(b'100'), 2))
t(lambda: int(memoryview(b'AAAA')))
t(lambda: int(array('B', b'AAAA')))
t(lambda: float(array('B', b'3.14')))
t(lambda: float(memoryview(b'3.5x')[:3]))
t(lambda: float(bytearray(b' 2.5 ')))
t(lambda: float(array('B', b'x')))
t(lambda: int(memoryview(b'12345')[::2]))

class F(float): pass
class FI(float):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg
t(lambda: F(x=0))
t(lambda: float(x=0))
t(lambda: (FI(2.5, newarg=3), FI(2.5, newarg=3).newarg))
