S = r'''
class Desc:
    def __get__(self, obj, objtype=None):
        return 'desc'
class A:
    d = Desc()
    def __init__(self): self.__dict__['d'] = 'inst'
print(A().d)
###
class DataDesc:
    def __get__(self, obj, objtype=None): return 'data'
    def __set__(self, obj, v): raise AttributeError('read-only data desc')
class A:
    d = DataDesc()
a = A()
a.__dict__['d'] = 'inst'
print(a.d)
try:
    a.d = 5
except AttributeError as e: print(e)
###
class Typed:
    def __set_name__(self, owner, name): self.name = '_' + name
    def __get__(self, obj, t=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, v):
        if not isinstance(v, int): raise TypeError(f'{self.name[1:]} must be int, got {type(v).__name__}')
        setattr(obj, self.name, v)
class P:
    x = Typed()
    y = Typed()
p = P()
p.x = 1
print(p.x, p.y, type(P.x).__name__)
try:
    p.y = 'a'
except TypeError as e: print(e)
###
class A:
    @property
    def x(self): return 'prop'
a = A()
try:
    a.__dict__['x'] = 1
    print(a.x)
except Exception as e: print(e)
###
class Lazy:
    def __init__(self, f): self.f = f; self.name = f.__name__
    def __get__(self, obj, t=None):
        if obj is None: return self
        v = self.f(obj)
        obj.__dict__[self.name] = v
        return v
class A:
    calls = 0
    @Lazy
    def val(self):
        A.calls += 1
        return 42
a = A()
print(a.val, a.val, A.calls)
###
import functools
class A:
    @functools.cached_property
    def v(self):
        print('computing')
        return 7
a = A()
print(a.v, a.v)
###
class A:
    def f(self): pass
print(A.f.__get__(None, A) is A.f, A.__dict__['f'].__get__(None, A) is A.f)
###
class Meta(type):
    @property
    def cls_prop(cls): return 'meta prop'
class A(metaclass=Meta):
    pass
print(A.cls_prop)
try:
    A().cls_prop
except AttributeError as e: print(e)
###
class A:
    __slots__ = ('x',)
print(A.x.__get__(None, A) is A.x, A.x.__name__, A.x.__objclass__.__name__ if hasattr(A.x, '__objclass__') else 'n/a')
a = A()
A.x.__set__(a, 5)
print(a.x)
A.x.__delete__(a)
print(hasattr(a, 'x'))
###
class A:
    x = property()
try:
    A().x
except AttributeError as e: print(e)
try:
    A().x = 1
except AttributeError as e: print(e)
###
class A:
    def _get(self): return 1
    x = property(_get)
class B(A):
    def _get(self): return 2
print(B().x)
###
class P(property):
    def __get__(self, obj, t=None):
        return 'sub ' + str(super().__get__(obj, t))
class A:
    @P
    def x(self): return 1
print(A().x)
###
print(type(property.__get__).__name__, type(staticmethod.__dict__['__get__']).__name__)
###
class A:
    @staticmethod
    def s(): return 's'
    @classmethod
    def c(cls): return cls
print(A.__dict__['s'].__func__(), A.__dict__['c'].__func__(1), A.s.__name__, A.c.__self__ is A)
print(isinstance(A.__dict__['s'], staticmethod), callable(A.__dict__['s']), A.__dict__['s']())
'''
for i, snip in enumerate(S.split('###')):
    try:
        exec(snip, {})
    except Exception as e:
        print('SNIPPET', i, 'raised', type(e).__name__, e)
