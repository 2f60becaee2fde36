class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
    def onlyb(self): return 'onlyb'
class C(A): pass
class D(C): pass
c, d = C(), D()
print(c.who(), d.who(), C.__mro__)
C.__bases__ = (B,)
print(c.who(), d.who(), c.onlyb(), C.__mro__, D.__mro__, C.__base__)
print(A.__subclasses__(), B.__subclasses__())
C.__bases__ = (A, B)
print(C.__mro__, d.onlyb())
for bad in [(), 5, (5,), (D,), (int,)]:
    try:
        C.__bases__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    del C.__bases__
except TypeError as e:
    print(type(e).__name__, e)
class E:
    def __add__(self, o): return 'E add'
class F: pass
try:
    F.__bases__ = (E,)
except TypeError as e:
    print(type(e).__name__, e)
class G(F): pass
class H(F):
    def extra(self): return 'H.extra'
g = G()
G.__bases__ = (H,)
print(g.extra(), G.__mro__)
