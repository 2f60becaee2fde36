# Inline caches (globals, builtins, type attributes) must see every change.
import sys
# kwargs ordering and **kwargs identity
def f(*a, **k): return a, k
print(f(1, *[2, 3], x=1, **{"y": 2}, z=3))
d = {"a": 1}
def g(**k): k["b"] = 2; return k
print(g(**d), d)
# decorators with closures
def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f"{tag}:{fn(*a, **k)}"
        inner.__wrapped__ = fn
        return inner
    return wrap
@deco("x")
@deco("y")
def h(v): return v * 2
print(h(3), h.__wrapped__.__name__)
# class with __call__, __getattr__, properties
class P:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x * 10
    def __getattr__(self, name): return "dyn_" + name
    def __call__(self, x): return x + 1
p = P(); p.v = 3
print(p.v, p.other, p(4))
# method caching correctness when class changes
class K:
    def m(self): return 1
k = K()
print(k.m())
K.m = lambda self: 2
print(k.m())
k.m = lambda: 3
print(k.m())
del k.m
print(k.m())
class Base:
    def m(self): return "base"
class Sub(Base): pass
s = Sub()
print(s.m())
Base.m = lambda self: "patched"
print(s.m())
Sub.m = lambda self: "sub"
print(s.m())
# global cache correctness
x = 1
def gx(): return x
print(gx())
x = 2
print(gx())
del x
try:
    gx()
except NameError as e:
    print(e)
import builtins
def glen(): return len([1, 2])
print(glen())
len = lambda v: 99
print(glen())
del len
print(glen())
builtins.len, orig = (lambda v: -1), builtins.len
print(glen())
builtins.len = orig
print(glen())
# super in various forms
class A:
    def f(self): return "A"
class B(A):
    def f(self): return "B" + super().f()
class C(B):
    def f(self): return "C" + super(C, self).f()
print(C().f())
# nonlocal in nested generator
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        yield n
    return inc
c = counter()
print(next(c()), next(c()))
# lambda defaults and kw-only
fn = lambda a, *, b=2: a + b
print(fn(1), fn(1, b=5))
# starred call with generator
print(f(*(i for i in range(3))))
# exception in generator expression surfaces
try:
    list(1 / i for i in [1, 0])
except ZeroDivisionError as e:
    print("zde", e)
# while/else, for/else
for i in range(3):
    pass
else:
    print("for else", i)
i = 0
while i < 2:
    i += 1
else:
    print("while else", i)
# chained comparison and short-circuit
print(1 < 2 < 3, 1 < 3 < 2, 0 or [] or "x", 1 and 0 and 2)
print(sys.getrecursionlimit())
