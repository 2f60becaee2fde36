# each snippet runs in a fresh namespace
S = r'''class A:
    def __init__(self): return 5
try:
    A()
except TypeError as e: print(e)
###
class A:
    def __new__(cls): return object.__new__(B)
    def __init__(self): print('A init')
class B:
    def __init__(self): print('B init')
print(type(A()).__name__)
###
class A:
    def __init__(self, x):
        super().__init__(x)
try:
    A(1)
except TypeError as e: print(e)
###
class A:
    def __new__(cls, x):
        return super().__new__(cls, x)
try:
    A(1)
except TypeError as e: print(e)
###
try:
    object.__setattr__(1, 'x', 1)
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
try:
    object.__setattr__(int, 'x', 1)
except TypeError as e: print(type(e).__name__, e)
###
class C:
    @classmethod
    @property
    def cp(cls): return 'classprop ' + cls.__name__
print(C.cp, C().cp)
###
@staticmethod
def sm(x): return x * 2
print(sm(3), sm.__name__, sm.__wrapped__.__name__)
###
class A:
    def __getattribute__(self, n):
        if n == 'x': raise AttributeError('from getattribute')
        return super().__getattribute__(n)
    def __getattr__(self, n): return 'getattr ' + n
print(A().x, A().y)
###
class Callable:
    def __call__(self, *a, **k): return a, k
c = Callable()
print(c(1, b=2), callable(c), callable(Callable))
c.__call__ = lambda: 'instance'
print(c())
###
class A:
    x = 1
a = A()
print(getattr(a, 'x'), getattr(A, 'x'), a.__dict__, A.__dict__['x'])
a.__dict__ = {'y': 2}
print(a.y)
try:
    a.__dict__ = 5
except TypeError as e: print(e)
###
class A: pass
A.__doc__ = 'doc'
print(A.__doc__)
try:
    A.__dict__ = {}
except (AttributeError, TypeError) as e: print(type(e).__name__, e)
###
class A:
    __slots__ = ()
try:
    A().__dict__
except AttributeError as e: print(e)
###
def f(): pass
print(f.__get__(1)(), type(f.__get__(1)).__name__) if False else print(type(f.__get__(1)).__name__)
###
class A:
    def m(self): return self
m = A.m.__get__(5)
print(m(), m.__self__)
###
print(classmethod(lambda c: c).__get__(None, int)(), staticmethod(len).__get__(None, int)('ab'))
###
class D:
    def __get__(self, obj, typ): return ('get', obj, typ.__name__)
class A:
    d = D()
print(A.d[0], A.d[1], A().d[2])
'''
for i, snip in enumerate(S.split('###')):
    try:
        exec(snip, {})
    except Exception as e:
        print('SNIPPET', i, 'raised', type(e).__name__, e)
