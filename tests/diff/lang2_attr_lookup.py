# class attribute lookup order, instance dict vs class, data/non-data descriptors
class D:
    def __get__(self, obj, typ=None):
        return ('D.get', obj is None, typ.__name__ if typ else None)
    def __set__(self, obj, val):
        print('D.set', val)
        obj.__dict__['d'] = val

class ND:
    def __get__(self, obj, typ=None):
        return ('ND.get', obj is None)

class A:
    d = D()
    nd = ND()
    x = 1

a = A()
print(a.d, A.d)
a.d = 5
print(a.__dict__, a.d)
print(a.nd)
a.__dict__['nd'] = 'inst'
print(a.nd)
a.nd = 'inst2'
print(a.nd, A.nd)
print(a.x)
a.x = 2
print(a.x, A.x)
del a.x
print(a.x)
try:
    del a.x
except AttributeError as e:
    print(type(e).__name__, e)

class B(A):
    x = 10
print(B().x, B.d, B().nd)

# descriptor with only __set__ (data) and no __get__
class SetOnly:
    def __set__(self, obj, v):
        print('setonly', v)
class C:
    s = SetOnly()
c = C()
c.s = 3
print(type(C.__dict__['s']).__name__, type(c.s).__name__)
c.__dict__['s'] = 'shadow'
print(c.s)

# __delete__
class Del:
    def __get__(self, o, t=None): return 'got'
    def __delete__(self, o): print('deleting')
class E:
    p = Del()
e = E()
del e.p
try:
    e.p = 1
except AttributeError as ex:
    print(type(ex).__name__, ex)

# descriptor on metaclass vs class attribute
class Meta(type):
    attr = 'meta'
    @property
    def prop(cls): return 'metaprop ' + cls.__name__
class M(metaclass=Meta):
    attr = 'cls'
print(M.attr, M.prop)
try:
    M().prop
except AttributeError as ex:
    print(type(ex).__name__, ex)

# functions are non-data descriptors
class F:
    def f(self): return 'method'
f = F()
f.f = lambda: 'instance'
print(f.f(), F.f(f))
print(F.__dict__['f'].__get__(f, F)())
print(F.f.__get__(None, F) is F.f)

# staticmethod / classmethod descriptor objects
class G:
    @staticmethod
    def s(): return 's'
    @classmethod
    def c(cls): return cls.__name__
print(G.s(), G().s(), G.c(), G().c())
print(type(G.__dict__['s']).__name__, type(G.__dict__['c']).__name__)
print(G.__dict__['s'].__func__.__name__)
class H(G): pass
print(H.c())

# property without setter
class P:
    @property
    def v(self): return 1
p = P()
try:
    p.v = 2
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    del p.v
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    p.missing
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    P.missing
except AttributeError as ex:
    print(type(ex).__name__, ex)
