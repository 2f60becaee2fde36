class A:
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return 'A.c ' + cls.__name__
    @staticmethod
    def s(): return 'A.s'
    def __repr__(self): return 'A()'

class B(A):
    def f(self):
        return 'B.f>' + super().f()
    @classmethod
    def c(cls):
        return 'B.c>' + super().c()
    def nested(self):
        def inner():
            return super(B, self).f()
        return inner()
    def lam(self):
        return (lambda: super(B, self).f())()
    def gen(self):
        yield super().f()
    def comp(self):
        return [super().f() for _ in range(1)]

b = B()
print(b.f(), B.c(), b.c())
print(b.nested(), b.lam(), list(b.gen()))
try:
    print(b.comp())
except Exception as e:
    print(type(e).__name__, e)
print(super(B, b).f(), super(B, B).c())
print(super(B, b).s())

class C(B):
    def f(self):
        return 'C.f>' + super().f()
print(C().f())
print(super(B, C()).f())

# diamond MRO and super chain
class Base:
    def go(self): return ['Base']
class L(Base):
    def go(self): return ['L'] + super().go()
class R(Base):
    def go(self): return ['R'] + super().go()
class D(L, R):
    def go(self): return ['D'] + super().go()
print(D().go(), [k.__name__ for k in D.__mro__])

# super() errors
def nosuper():
    return super()
try:
    nosuper()
except RuntimeError as e:
    print(type(e).__name__, e)
class E:
    def m():
        return super()
try:
    E.m()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(B, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, b)
except TypeError as e:
    print(type(e).__name__, e)

# super() with __class__ reference
class F:
    def which(self):
        return __class__.__name__
class G(F): pass
print(G().which())

# super in __init__ and __new__
class H:
    def __new__(cls, *a):
        print('H.new', cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, v):
        super().__init__()
        self.v = v
class I(H):
    def __init__(self, v):
        super().__init__(v * 2)
print(I(3).v)

# super attribute access, unbound super
sp = super(B, b)
print(type(sp).__name__, sp.__thisclass__.__name__, sp.__self_class__.__name__)
try:
    sp.nothing
except AttributeError as e:
    print(type(e).__name__, e)

# super with property
class PA:
    @property
    def p(self): return 'PA.p'
class PB(PA):
    @property
    def p(self): return 'PB>' + super().p
print(PB().p)

# super in classmethod via cls
class CA:
    @classmethod
    def make(cls): return cls.__name__
class CB(CA):
    @classmethod
    def make(cls): return 'CB>' + super().make()
print(CB.make(), CB().make())

# __init_subclass__ through super
class IS:
    def __init_subclass__(cls, **kw):
        print('IS', cls.__name__, kw)
        super().__init_subclass__()
class IT(IS, k=1): pass
