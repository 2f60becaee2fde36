class S:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
s = S()
print(s.a)
try:
    s.b
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(s, '__dict__'))
s.b = 2
print(s.b)
del s.b
try:
    del s.b
except AttributeError as e:
    print(type(e).__name__, e)
print(type(S.a).__name__)
print(S.__slots__)

class T(S):
    pass
t = T()
t.z = 5
print(t.z, t.__dict__)

class U(S):
    __slots__ = ('c',)
u = U()
u.a = 1; u.c = 3
print(u.a, u.c)
try:
    u.d = 1
except AttributeError as e:
    print(type(e).__name__, e)

class W:
    __slots__ = 'single'
w = W()
w.single = 4
print(w.single)

class WithDict:
    __slots__ = ('x', '__dict__')
wd = WithDict()
wd.x = 1
wd.y = 2
print(wd.x, wd.__dict__)

try:
    class Bad:
        __slots__ = ('x',)
        x = 5
except ValueError as e:
    print(type(e).__name__, e)

class Empty:
    __slots__ = ()
try:
    Empty().q = 1
except AttributeError as e:
    print(type(e).__name__, e)

class WithDefault:
    __slots__ = ('v',)
    def get(self):
        return getattr(self, 'v', 'default')
print(WithDefault().get())

class L:
    __slots__ = ['p', 'q']
l = L()
l.p = 'p'
print(l.p, L.__slots__)

try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)

try:
    class BadSlot2:
        __slots__ = ('not valid',)
except TypeError as e:
    print(type(e).__name__, e)

class Weak:
    __slots__ = ('__weakref__',)
print('weak ok')

# slot with property mixing
class PS:
    __slots__ = ('_v',)
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x * 2
ps = PS()
ps.v = 4
print(ps.v)

# private name mangling in slots
class Priv:
    __slots__ = ('__x',)
    def __init__(self): self.__x = 9
    def get(self): return self.__x
print(Priv().get(), '_Priv__x' in dir(Priv))
