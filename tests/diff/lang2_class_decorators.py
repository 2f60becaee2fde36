def deco(cls):
    cls.decorated = True
    return cls
def add_repr(cls):
    def __repr__(self):
        return f'{cls.__name__}({self.__dict__})'
    cls.__repr__ = __repr__
    return cls
def replace(cls):
    return 'replaced'

@deco
@add_repr
class P:
    def __init__(self):
        self.a = 1
print(P.decorated, P())

@replace
class Q: pass
print(Q)

order = []
def track(name):
    order.append('eval ' + name)
    def d(obj):
        order.append('apply ' + name)
        return obj
    return d

@track('outer')
@track('inner')
class R: pass
print(order)

order.clear()
@track('f1')
@track('f2')
def func(): pass
print(order)

# decorator expression forms (3.9 relaxed grammar)
decos = [deco, add_repr]
@decos[0]
class S: pass
print(S.decorated)

@(lambda c: c)
class T: pass
print(T.__name__)

# decorated methods
def logged(f):
    def wrapper(*a, **k):
        print('call', f.__name__, a[1:], k)
        return f(*a, **k)
    return wrapper
class U:
    @logged
    def m(self, x, y=2):
        return x + y
    @staticmethod
    @logged
    def s(a, b):
        return a * b
    @classmethod
    @logged
    def c(cls):
        return cls.__name__
print(U().m(1, y=5))
print(U.s(0, 3, 4))
print(U.c())

# class decorator sees fully built class; __set_name__ already run
class Name:
    def __set_name__(self, owner, name):
        self.n = name
def check(cls):
    print('check', cls.f.n)
    return cls
@check
class V:
    f = Name()

# decorator with arguments returning a subclass
def subclassing(cls):
    class Sub(cls):
        extra = 'yes'
    return Sub
@subclassing
class W:
    pass
print(W.__name__, W.extra, W.__mro__[1].__name__)

# property decorator chain
class X:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val
    @v.deleter
    def v(self): print('deleted'); self._v = None
x = X()
x.v = 9
print(x.v)
del x.v
print(x.v)
print(type(X.v).__name__, X.v.fget.__name__)
