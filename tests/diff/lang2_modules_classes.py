# each snippet runs in a fresh namespace
S = r'''
import types
m = types.ModuleType('mymod', 'doc')
print(m, m.__name__, m.__doc__)
m.__getattr__ = lambda n: 'dyn_' + n
print(m.foo)
m.__dir__ = lambda: ['b', 'a']
print(dir(m))
###
import types
m = types.ModuleType('mm')
try:
    m.missing
except AttributeError as e: print(e)
def ga(n):
    raise AttributeError(f'module {__name__!r} has no attribute {n!r}')
###
import sys
mod = type(sys)('fake')
mod.x = 1
sys.modules['fake'] = mod
import fake
print(fake.x, fake is mod)
from fake import x
print(x)
try:
    from fake import y
except ImportError as e: print(e)
###
try:
    import nonexistent_mod_xyz
except ModuleNotFoundError as e: print(e, e.name)
try:
    from sys import nonexistent_attr
except ImportError as e: print(e)
###
import sys
print(__name__, type(sys.modules).__name__, 'sys' in sys.modules)
###
class A:
    pass
class B(A):
    pass
print(B.__mro__, B.mro(), type.mro(B))
###
class M(type):
    def mro(cls):
        return [cls, object]
class X(metaclass=M):
    x = 1
class Y(X): pass
print(Y.__mro__)
###
class A: pass
a = A()
a.__dict__['k'] = 'v'
print(a.k, vars(a))
###
class Empty: pass
print(bool(Empty()), len(Empty.__dict__) > 0, Empty.__bases__)
###
class A:
    def __init__(self):
        self.__private = 1
        self._A__other = 2
    def get(self): return self.__private, self.__other
a = A()
print(a.get(), sorted(vars(a)))
try:
    a.__private
except AttributeError as e: print(e)
###
class A:
    __x = 'cls'
    @classmethod
    def f(cls): return cls.__x
class B(A):
    __x = 'sub'
    def g(self): return self.__x
print(A.f(), B.f(), B().g(), sorted(k for k in B.__dict__ if 'x' in k))
###
def __f(): return 'dunder f'
class A:
    def m(self):
        try:
            return __f()
        except NameError as e:
            return str(e)
print(A().m())
###
class A:
    def __init__(self): self.a = 1
    def __repr__(self): return 'A'
class B(A):
    def __init__(self):
        super().__init__()
        self.b = 2
b = B()
print(b.__dict__, isinstance(b, A), B.__base__.__name__)
###
class A:
    def f(self): return 'A'
class B(A):
    def f(self): return 'B' + super(B, self).f()
class C(A):
    def f(self): return 'C' + super().f()
class D(B, C):
    def f(self): return 'D' + super().f()
print(D().f(), [c.__name__ for c in D.__mro__])
###
class A(object, metaclass=type): pass
print(A)
###
try:
    class A(1): pass
except TypeError as e: print(e)
try:
    class B('x'): pass
except TypeError as e: print(e)
###
def f(): pass
try:
    class A(f): pass
except TypeError as e: print(e)
###
import collections
Pt = collections.namedtuple('Pt', 'x y')
p = Pt(1, 2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Pt._fields, isinstance(p, tuple))
x, y = p
print(x + y, Pt(*[3, 4]), Pt(x=1, y=2) == (1, 2))
try:
    Pt(1)
except TypeError as e: print(e)
###
od = __import__('collections').OrderedDict()
od['b'] = 1; od['a'] = 2
od.move_to_end('b')
print(od, list(od), od == {'a': 2, 'b': 1})
'''
for i, snip in enumerate(S.split('###')):
    try:
        exec(snip, {})
    except Exception as e:
        print('SNIPPET', i, 'raised', type(e).__name__, e)
