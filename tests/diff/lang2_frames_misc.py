S = r'''
def g():
    x = 1
    yield x
    y = 2
    yield y
it = g()
print(it.gi_frame.f_lineno, it.gi_frame.f_code.co_name)
next(it)
print(sorted(it.gi_frame.f_locals.items()), it.gi_frame.f_lineno, it.gi_yieldfrom, it.gi_suspended)
###
import sys
def f():
    fr = sys._getframe()
    return fr.f_code.co_name, fr.f_back.f_code.co_name, fr.f_lineno, sys._getframe(1).f_code.co_name
def caller(): return f()
print(caller())
###
def order(n):
    print('arg', n)
    return n
def fn(*a, **k): return a, k
print(fn(order(1), *[order(2)], order(3), k=order(4), **{'z': order(5)}))
print({order('k1'): order('v1'), order('k2'): order('v2')})
###
class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', kw)
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print('meta new', kw)
        return super().__new__(m, name, bases, ns, **kw)
class C(Base, metaclass=Meta, a=1): pass
###
class E:
    def __mro_entries__(self, bases):
        print('mro_entries', len(bases))
        return (int,)
class X(E()): pass
print(X.__bases__, type(X.__orig_bases__[0]).__name__)
###
class A: 
    def who(self): return 'A'
class B:
    def who(self): return 'B'
a = A()
a.__class__ = B
print(a.who(), type(a).__name__)
try:
    a.__class__ = int
except TypeError as e: print(e)
try:
    (1).__class__ = bool
except TypeError as e: print(e)
###
import abc
class Abs(abc.ABC):
    @abc.abstractmethod
    def m(self): pass
    @abc.abstractmethod
    def n(self): pass
try:
    Abs()
except TypeError as e: print(e)
class Half(Abs):
    def m(self): pass
try:
    Half()
except TypeError as e: print(e)
###
class LH:
    def __length_hint__(self): return 5
import operator
print(operator.length_hint(LH()), operator.length_hint([1, 2]), operator.length_hint(iter([]), 7))
###
import operator
print(operator.add(1, 2), operator.itemgetter(1)('ab'), operator.attrgetter('real')(3), operator.methodcaller('upper')('a'))
###
print(sorted([(1, 'b'), (1, 'a'), (0, 'c')], key=lambda t: t[0]))
try:
    sorted([1, 'a'])
except TypeError as e: print(e)
###
def rec(n): return rec(n + 1)
try:
    rec(0)
except RecursionError as e: print(e)
###
import sys
print(sys.getrecursionlimit())
###
class P:
    def __init__(self): self._x = 0
    x = property(lambda s: s._x, lambda s, v: setattr(s, '_x', v), None, 'doc of x')
print(P.x.__doc__, P().x)
p = P(); p.x = 5; print(p.x)
###
class Q:
    @property
    def a(self):
        """a doc"""
        return 1
print(Q.a.__doc__, Q.a.fset, Q.a.getter(lambda s: 2).fget(None))
###
import gc
print(gc.collect() >= 0, gc.isenabled())
###
print((lambda: (yield))().__class__.__name__)
###
x = [1, 2, 3]
for i in x:
    if i == 2: x.remove(i)
print(x)
d = {1: 1}
try:
    for k in d: d[k + 1] = 1
except RuntimeError as e: print(e)
s = {1}
try:
    for k in s: s.add(k + 1)
except RuntimeError as e: print(e)
###
a = [1, 2]
a.extend(a)
print(a)
a[:] = a
print(a)
a += a
print(len(a))
###
print(bool.__new__(bool, 5), int.__new__(int, '5'), str.__new__(str, 5), tuple.__new__(tuple, 'ab'))
###
print(type.__call__(int, '7'), object.__class__, int.__dict__['__add__'].__name__)
###
print(list.__dict__['append'], str.__dict__['upper'].__qualname__)
###
print(int.__doc__[:30] if int.__doc__ else None)
###
print(getattr(int, '__name__'), int.__qualname__, int.__module__, len.__module__, len.__qualname__, len.__self__)
'''
for i, snip in enumerate(S.split('###')):
    try:
        exec(snip, {})
    except Exception as e:
        print('SNIPPET', i, 'raised', type(e).__name__, e)
