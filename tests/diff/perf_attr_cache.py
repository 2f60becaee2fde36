# Instance attribute caches must notice every change that affects lookup:
# data descriptors added later, deleted attributes, replaced __dict__,
# __class__ assignment, different insertion orders, __getattribute__.
class A:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class B:
    def __init__(self, x, y):
        self.y = y
        self.x = x
def get(o):
    return o.x, o.y
def put(o, v):
    o.x = v
objs = [A(1, 2), B(3, 4), A(5, 6), B(7, 8)]
for _ in range(3):
    print([get(o) for o in objs])
    for o in objs:
        put(o, o.x + 1)
a = A(10, 20)
print(get(a))
del a.x
try:
    get(a)
except AttributeError as e:
    print("AttributeError", e)
a.x = 11
print(get(a), list(a.__dict__))
A.x = property(lambda self: "prop")
print(get(a), get(objs[0]))
try:
    put(a, 5)
except AttributeError as e:
    print("AttributeError", e)
del A.x
print(get(a))
class Base:
    pass
class C(Base):
    def __init__(self):
        self.v = 1
def getv(o):
    return o.v
c = C()
print(getv(c), getv(c))
Base.v = property(lambda self: "base-prop")
print(getv(c))
del Base.v
print(getv(c))
c.__dict__ = {"v": 42}
print(getv(c))
class D:
    def __init__(self):
        self.v = "D"
c.__class__ = D
print(getv(c))
d = D()
print(getv(d))
D.__getattribute__ = lambda self, n: "ga-" + n
print(getv(d))
del D.__getattribute__
print(getv(d))
class S:
    __slots__ = ("v",)
    def __init__(self):
        self.v = "slot"
print(getv(S()))
class Desc:
    def __get__(self, o, t):
        return "desc"
class E:
    v = Desc()
    def __init__(self):
        self.__dict__["v"] = "inst"
e = E()
print(getv(e), getv(e))
Desc.__set__ = lambda self, o, v: None
print(getv(e), getv(e))
class Counter:
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n += 1
        self.n = self.n + 1
k = Counter()
for _ in range(5):
    k.bump()
print(k.n)
class M(dict):
    pass
class F:
    pass
fobj = F()
fobj.__dict__ = M(v="M")
print(getv(fobj))
