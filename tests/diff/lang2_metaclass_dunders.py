S = r'''
class Meta(type):
    def __getitem__(cls, k): return 'meta getitem ' + str(k)
    def __iter__(cls): return iter([1, 2])
    def __or__(cls, o): return 'meta or'
    def __contains__(cls, x): return True
    def __call__(cls, *a): return 'meta call'
    def __repr__(cls): return 'MetaRepr'
    def __bool__(cls): return False
class A(metaclass=Meta):
    def __class_getitem__(cls, k): return 'class_getitem'
print(A[1], list(A), A | int, 5 in A, A(), repr(A), bool(A), str(A))
###
class Meta(type):
    def __eq__(cls, o): return 'meta eq'
    __hash__ = type.__hash__
class A(metaclass=Meta): pass
print(A == 1, {A: 1}[A])
###
class Meta(type):
    def __setattr__(cls, n, v):
        print('meta setattr', n)
        super().__setattr__(n, v)
    def __getattr__(cls, n): return 'meta getattr ' + n
    def __delattr__(cls, n):
        print('meta delattr', n)
        super().__delattr__(n)
class A(metaclass=Meta):
    x = 1
A.y = 2
print(A.y, A.zz)
del A.y
print(A().x)
try:
    A().zz
except AttributeError as e: print(e)
###
class Meta(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.registry = name.lower()
class A(metaclass=Meta): pass
class B(A): pass
print(A.registry, B.registry)
###
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['added'] = True
        ns = {k: (v.upper() if isinstance(v, str) and not k.startswith('__') else v) for k, v in ns.items()}
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=Meta):
    s = 'hello'
print(A.added, A.s)
###
try:
    class Meta(type):
        def __new__(mcls, name, bases, ns): return 5
    class A(metaclass=Meta): pass
    print(A)
except Exception as e: print(type(e).__name__, e)
###
class Meta(type):
    def __instancecheck__(cls, obj): return True
class Any(metaclass=Meta): pass
print(isinstance(1, Any), isinstance(None, (int, Any)))
try:
    match 5:
        case Any(): print('matched Any')
except TypeError as e: print(e)
###
import abc
class MyABC(abc.ABC): pass
MyABC.register(int)
print(isinstance(1, MyABC), issubclass(bool, MyABC), issubclass(str, MyABC))
###
from collections.abc import Iterable, Sized, Container, Callable, Hashable, Iterator, Sequence, Mapping
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class Sz:
    def __len__(self): return 0
print(isinstance(It(), Iterable), isinstance(It(), Iterator), isinstance(Sz(), Sized), isinstance([], Sequence), isinstance({}, Mapping), isinstance(len, Callable), isinstance([], Hashable))
###
class A:
    x = 1
class B(A):
    pass
B.x = 2
print(A.x, B.x)
del B.x
print(B.x)
A.x = 3
print(B.x)
###
class A:
    def f(self): return 1
a = A()
print(a.f())
A.f = lambda self: 2
print(a.f())
def new(self): return 3
A.f = new
print(a.f(), a.f.__name__)
###
class A:
    def __add__(self, o): return 'orig'
a = A()
print(a + 1)
A.__add__ = lambda s, o: 'patched'
print(a + 1)
del A.__add__
try:
    a + 1
except TypeError as e: print(e)
###
class A: pass
A.__len__ = lambda s: 7
A.__getitem__ = lambda s, i: i * 2
A.__iter__ = lambda s: iter('xy')
A.__bool__ = lambda s: False
A.__call__ = lambda s: 'called'
A.__repr__ = lambda s: 'patched repr'
A.__eq__ = lambda s, o: True
a = A()
print(len(a), a[3], list(a), bool(a), a(), repr(a), a == 5)
try:
    hash(a); print('still hashable')
except TypeError as e: print(e)
###
class A:
    def __hash__(self): return 1
class B(A):
    def __eq__(self, o): return True
try:
    print(hash(B()))
except TypeError as e: print(e)
class C(A):
    __eq__ = A.__eq__
print(hash(C()))
###
class A:
    def __init__(self): self.x = 1
a = A()
a.__init__ = lambda: None
print(a.x, 'x' in a.__dict__)
'''
for i, snip in enumerate(S.split('###')):
    try:
        exec(snip, {})
    except Exception as e:
        print('SNIPPET', i, 'raised', type(e).__name__, e)
