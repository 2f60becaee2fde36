# Default argument values: evaluated once, mutable default pitfall.
calls = []
def default_value():
    calls.append("evaluated")
    return 10
def f(x=default_value()):
    return x
print(calls, f(), f(), f(3), calls)
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))
n = 5
def g(x=n):
    return x
n = 6
print(g())
def h(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
h(1); print(h(2))
print(h.__defaults__)
h.__defaults__ = ([], {})
print(h(9))
def k(a, b=2, c=3):
    return a, b, c
print(k(1), k(1, c=9), k(1, 8), k.__defaults__)
k.__defaults__ = (20, 30)
print(k(1))
k.__defaults__ = None
try:
    k(1)
except TypeError as e:
    print(e)
def kw(*, a=1, b=2):
    return a, b
kw.__kwdefaults__ = {"a": 100}
try:
    print(kw())
except TypeError as e:
    print(e)
print(kw(b=0))
class C:
    def m(self, v=[]):
        v.append(len(v))
        return v
c = C()
print(c.m(), c.m(), C().m())
def default_refs_param(a, b=None):
    return a if b is None else b
print(default_refs_param(1), default_refs_param(1, 2))
