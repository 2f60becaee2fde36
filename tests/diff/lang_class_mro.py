# Multiple inheritance and the C3 MRO.
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
def names(cls):
    return [k.__name__ for k in cls.__mro__]
print(names(D), D().who())
class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class Q(K1, K2, K3): pass
print(names(Q))
print(names(bool), names(int), names(object))
print([c.__name__ for c in D.mro()], D.__bases__ == (B, C))
class M1:
    x = "M1"
class M2:
    x = "M2"
    y = "M2y"
class M3(M1, M2):
    pass
print(M3.x, M3.y)
class Base:
    def __init__(self):
        print("Base init")
class Left(Base):
    def __init__(self):
        print("Left init")
        super().__init__()
class Right(Base):
    def __init__(self):
        print("Right init")
        super().__init__()
class Child(Left, Right):
    def __init__(self):
        print("Child init")
        super().__init__()
Child()
print(issubclass(Child, Base), issubclass(Child, (int, Right)), issubclass(Base, Child))
class Exc(ValueError, KeyError):
    pass
print(names(Exc))
try:
    raise Exc("both")
except KeyError as e:
    print("caught as KeyError", type(e).__name__)
class T(tuple, object):
    pass
print(names(T))
