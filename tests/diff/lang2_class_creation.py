S = r'''
class A:
    exec('x = 1')
    locals()['y'] = 2
    z = eval('x + y')
print(A.x, A.y, A.z)
###
class Base:
    def __init_subclass__(cls, **kw):
        print('isc', cls.__name__, kw)
T = type('T', (Base,), {})
class N:
    def __set_name__(self, o, n): print('set_name', o.__name__, n)
U = type('U', (), {'n': N()})
###
try:
    T = type('T', (Base,), {}, extra=1)
except TypeError as e: print(e)
###
class A:
    __slots__ = ('a',)
class B:
    __slots__ = ('b',)
try:
    class C(A, B): pass
except TypeError as e: print(e)
class D:
    __slots__ = ()
class E(A, D): pass
print('E ok')
###
class A:
    def __new__(cls):
        return super().__new__(B)
    def __init__(self): print('A.__init__', type(self).__name__)
class B(A):
    def __init__(self): print('B.__init__')
x = A()
print(type(x).__name__)
###
l = [3, 1, 2]
def key(v):
    l.append(v)
    return v
try:
    l.sort(key=key)
except ValueError as e: print(e)
###
import functools
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
###
class A:
    def __lt__(self, o): raise ZeroDivisionError('lt')
try:
    sorted([A(), A()])
except ZeroDivisionError as e: print('sort propagates', e)
###
print(sorted([1, 2, 3], key=None, reverse=True), sorted('bca', key=str.upper))
try:
    sorted([1], lambda x: x)
except TypeError as e: print(e)
###
class Rec(dict):
    def __init__(self): super().__init__(); self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)
class M(type):
    @classmethod
    def __prepare__(m, n, b): return Rec()
    def __new__(m, n, b, ns):
        c = super().__new__(m, n, b, ns)
        c.order = [k for k in ns.order if not k.startswith('__')]
        return c
class X(metaclass=M):
    b = 1
    a = 2
    def c(self): pass
print(X.order, type(X.__dict__).__name__)
###
class M(type):
    def __new__(m, n, b, ns, **kw):
        return super().__new__(m, n, b, ns)
    def __init__(cls, n, b, ns, **kw):
        super().__init__(n, b, ns)
        cls.kw = kw
class X(metaclass=M, a=1, b=2): pass
print(X.kw)
###
class A:
    @classmethod
    def create(cls): return cls()
    def __repr__(self): return type(self).__name__ + '()'
class B(A): pass
print(A.create(), B.create(), B().create())
###
class A:
    count = 0
    def __init__(self):
        A.count += 1
        self.__class__.count += 0
A(); A()
print(A.count)
###
class A:
    items = []
    def add(self, x): self.items.append(x)
a, b = A(), A()
a.add(1); b.add(2)
print(A.items, a.items is b.items)
###
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'Point({self.x!r}, {self.y!r})'
    def __eq__(self, o): return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __add__(self, o): return Point(self.x + o.x, self.y + o.y)
    def __iter__(self): yield self.x; yield self.y
print(Point(1, 2) + Point(3, 4), set([Point(1, 1), Point(1, 1)]), list(Point(5, 6)), dict.fromkeys([Point(0, 0)]))
x, y = Point(7, 8)
print(x, y, Point(1, 'a'))
'''
for i, snip in enumerate(S.split('###')):
    try:
        exec(snip, {})
    except Exception as e:
        print('SNIPPET', i, 'raised', type(e).__name__, e)
