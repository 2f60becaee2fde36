class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, [b.__name__ for b in bases], kw)
        d = {'injected': 1}
        return d
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('init', name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('call', cls.__name__, a, k)
        return super().__call__(*a, **k)

class A(metaclass=Meta, flag=True):
    x = 1
    def m(self): pass
print(A.injected, type(A).__name__)
a = A()
class B(A):
    y = 2
print(type(B).__name__)
b = B()

# ordered namespace from __prepare__
class Rec(dict):
    def __setitem__(self, k, v):
        print('ns set', k)
        super().__setitem__(k, v)
class M2(type):
    @classmethod
    def __prepare__(m, n, b): return Rec()
class C(metaclass=M2):
    p = 1
    def q(self): pass

# __prepare__ returning non-mapping
class M3(type):
    @classmethod
    def __prepare__(m, n, b): return 5
try:
    class D(metaclass=M3): pass
except TypeError as e:
    print(type(e).__name__, e)

# metaclass conflict
class MA(type): pass
class MB(type): pass
class PA(metaclass=MA): pass
class PB(metaclass=MB): pass
try:
    class PC(PA, PB): pass
except TypeError as e:
    print(type(e).__name__, e)

# derived metaclass wins
class MC(MA): pass
class PD(metaclass=MC): pass
class PE(PA, PD): pass
print(type(PE).__name__)

# __instancecheck__ / __subclasscheck__
class Checker(type):
    def __instancecheck__(cls, inst):
        print('instancecheck', type(inst).__name__)
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        print('subclasscheck', sub.__name__)
        return issubclass(sub, int)
class IntLike(metaclass=Checker): pass
print(isinstance(3, IntLike), isinstance('s', IntLike))
print(issubclass(bool, IntLike), issubclass(str, IntLike))
print(isinstance(3, (str, IntLike)))
il = IntLike()
print(isinstance(il, IntLike))

# metaclass as function
def fmeta(name, bases, ns):
    print('fmeta', name)
    return type(name, bases, dict(ns, made_by='fmeta'))
class F(metaclass=fmeta):
    pass
print(F.made_by, type(F).__name__)

# metaclass __call__ returning something else
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Singleton):
    def __init__(self, v=0): self.v = v
print(S(1) is S(2), S().v)

# metaclass methods visible on class, not instance
class MM(type):
    def hello(cls): return 'hello ' + cls.__name__
class K(metaclass=MM): pass
print(K.hello())
print(hasattr(K(), 'hello'))
print(type(K), type(type), type(int))
print(isinstance(K, MM), isinstance(K, type))
print(MM.__mro__)
